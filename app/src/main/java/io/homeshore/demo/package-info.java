/** The demo organisation "Northwind Support", created on the first start of the embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web", "people", "queues", "forecasting" })
package io.homeshore.demo;
