/** The ./homeshore command line: batch jobs on CSV/JSON files, calling the pure cores without Spring. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "staffing :: erlang", "forecasting :: model", "scheduling :: solver" })
package io.homeshore.cli;
