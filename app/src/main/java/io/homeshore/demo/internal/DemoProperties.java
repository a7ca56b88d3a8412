package io.homeshore.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo organisation.
 *
 * @param mode         {@code auto} (default): create it on the first start of the embedded H2 database only;
 *                     {@code true}: on any empty database; {@code false}: never
 * @param historyWeeks weeks of contact history to generate per queue, ending with last week (default 12)
 * @param password     the password of every demo account (default {@code homeshore-demo})
 */
@ConfigurationProperties("homeshore.demo")
record DemoProperties(@DefaultValue("auto") String mode, @DefaultValue("12") int historyWeeks,
                      @DefaultValue("homeshore-demo") String password) {}
