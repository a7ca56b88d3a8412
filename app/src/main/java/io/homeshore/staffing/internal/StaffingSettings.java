package io.homeshore.staffing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for requirements computed from published forecasts.
 *
 * @param shrinkage    share of paid time not available for contacts (default 0.3)
 * @param maxOccupancy highest occupancy planned for (default 0.85)
 */
@ConfigurationProperties("homeshore.staffing")
public record StaffingSettings(@DefaultValue("0.3") double shrinkage, @DefaultValue("0.85") double maxOccupancy) {}
