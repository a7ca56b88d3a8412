/** Contact volume and handle-time forecasts per queue and interval, with backtested accuracy. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web", "queues" })
package io.homeshore.forecasting;
