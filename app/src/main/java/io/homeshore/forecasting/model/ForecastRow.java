package io.homeshore.forecasting.model;

import java.time.ZonedDateTime;

/** One real interval of a forecast: start (with its UTC offset), volume, its band and the AHT in seconds. */
public record ForecastRow(ZonedDateTime start, double volume, double lower, double upper, double ahtSeconds) {}
