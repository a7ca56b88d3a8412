/** Pure scheduling core: the planning model and constraints for Timefold Solver. JDK and Timefold only. */
@org.springframework.modulith.NamedInterface("solver")
package io.homeshore.scheduling.solver;
