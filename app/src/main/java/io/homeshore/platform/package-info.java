/** Cross-cutting platform: security and accounts, audit log, layout, i18n, error handling. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package io.homeshore.platform;
