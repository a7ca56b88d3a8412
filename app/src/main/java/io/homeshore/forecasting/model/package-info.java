/** Pure forecasting core: models, backtests and accuracy measures. JDK and Hipparchus only. */
@org.springframework.modulith.NamedInterface("model")
package io.homeshore.forecasting.model;
