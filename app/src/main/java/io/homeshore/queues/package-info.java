/** Contact queues (channel, skill, service target, opening hours, holidays) and their contact history. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web", "people" })
package io.homeshore.queues;
