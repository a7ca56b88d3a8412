/** The organisation: sites, teams, agents, contracts, skills, protected availability. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package io.homeshore.people;
