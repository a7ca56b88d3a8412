/** Shift planning: turns staffing requirements, contracts and availability into schedules. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "people", "queues", "staffing" })
package io.homeshore.scheduling;
