/** Shift planning: turns staffing requirements, contracts and availability into schedules. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web", "people", "queues", "staffing" })
package io.homeshore.scheduling;
