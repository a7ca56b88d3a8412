/** Staffing requirements: exact Erlang B/C/A queueing maths turned into agents needed per interval. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web", "queues", "forecasting" })
package io.homeshore.staffing;
