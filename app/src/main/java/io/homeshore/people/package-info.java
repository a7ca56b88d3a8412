/** The organisation: sites, teams, agents, contracts, skills, protected availability. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "platform :: web" })
package io.homeshore.people;
