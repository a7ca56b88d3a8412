package io.homeshore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The algorithmic cores depend on the JDK, their own value types and named maths/solver libraries only. */
@AnalyzeClasses(packages = "io.homeshore", importOptions = ImportOption.DoNotIncludeTests.class)
class PureCoreArchitectureTest {

    static final String[] PURE_CORES = {
            "io.homeshore.staffing.erlang..", "io.homeshore.forecasting.model..", "io.homeshore.scheduling.solver..",
            "io.homeshore.routing.engine..", "io.homeshore.simulation.engine.." };

    @ArchTest
    static final ArchRule pureCoresHaveNoSpringPersistenceOrWeb = noClasses()
            .that().resideInAnyPackage(PURE_CORES).and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..", "javax.sql..",
                    "io.homeshore..internal..", "io.homeshore..web..", "com.fasterxml.jackson..", "tools.jackson..")
            .allowEmptyShould(true)
            .because("pure cores are fast to test, benchmark and reuse in the CLI and the simulation");
}
