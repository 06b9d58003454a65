package org.iwtraining.catalogue.prerequisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;
import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Rule;
import org.junit.jupiter.api.Test;

/** The evaluator over the seed's prerequisites, written out here so the rules are read without a database. */
class PrerequisiteRulesTest {

    private static final Set<String> MANAGERS = Set.of("OPERATIONAL_MANAGER", "STRATEGIC_MANAGER", "MIDDLE_MANAGER");

    private static Rule rule(String ref, String prerequisite) {
        return new Rule(ref, prerequisite == null ? null : ExpressionParser.parse(prerequisite), false, List.of(), Set.of());
    }

    private final PrerequisiteRules rules = new PrerequisiteRules(List.of(
            rule("IW01", null),
            new Rule("IW02", ExpressionParser.parse("IW01"), false, List.of("IS01", "CAF01", "LP01", "ISI01"), MANAGERS),
            rule("IW03", "IW02 OR (IS01 AND CAF01 AND LP01)"),
            rule("IW04", "IW01"),
            rule("IW05", "IW02"),
            rule("IS01", "IW01"),
            rule("IS02", "IS01"),
            rule("IS03", "IS01 AND IS02"),
            rule("IS04", "IW01"),
            new Rule("IS05", ExpressionParser.parse("IS01 AND IS02 AND IS03"), true, List.of(), Set.of()),
            rule("CAF01", "IW01"),
            rule("CAF02", "CAF01"),
            rule("CAF03", null),
            rule("LP01", "IW01"),
            rule("LP02", "LP01"),
            rule("ISI01", null),
            rule("ISI06", "ISI01")));

    private Answer check(List<String> modules, List<String> completed, List<String> waived, String audience) {
        return rules.check(modules, completed, waived, audience);
    }

    @Test
    void shouldOpenIW03ThroughTheLongerBranch() {
        Answer answer = check(List.of("IW03"), List.of("IS01", "CAF01", "LP01"), List.of(), "PRACTITIONER");
        assertTrue(answer.eligible());
        assertEquals(List.of(), answer.missing());
    }

    @Test
    void shouldListBothMinimalBranchesForANewcomer() {
        Answer answer = check(List.of("IW03"), List.of(), List.of(), "PRACTITIONER");
        assertFalse(answer.eligible());
        assertEquals(List.of(List.of("IW02"), List.of("IS01", "CAF01", "LP01")), answer.missing());
    }

    @Test
    void shouldListOnlyWhatIsStillMissingOfEachBranch() {
        Answer answer = check(List.of("IW03"), List.of("CAF01"), List.of(), "PRACTITIONER");
        assertEquals(List.of(List.of("IW02"), List.of("IS01", "LP01")), answer.missing());
    }

    @Test
    void shouldCountEarlierModulesOfTheSessionForLaterOnes() {
        assertTrue(check(List.of("IW01", "CAF01"), List.of(), List.of(), "PRACTITIONER").eligible());
        Answer reversed = check(List.of("CAF01", "IW01"), List.of(), List.of(), "PRACTITIONER");
        assertFalse(reversed.eligible());
        assertEquals(List.of(List.of("IW01")), reversed.missing());
    }

    @Test
    void shouldCombineWhatASessionsModulesMiss() {
        Answer answer = check(List.of("IS02", "CAF02"), List.of(), List.of(), "PRACTITIONER");
        assertEquals(List.of(List.of("IS01", "CAF01")), answer.missing());
    }

    @Test
    void shouldDropSetsThatContainAnotherInASession() {
        // IW03 needs IW02 or IS01+CAF01+LP01; IW05 needs IW02: IW02 alone opens both, so the long branch goes.
        Answer answer = check(List.of("IW03", "IW05"), List.of(), List.of(), "PRACTITIONER");
        assertEquals(List.of(List.of("IW02")), answer.missing());
    }

    @Test
    void shouldLetAManagersIW02StandForTheIntroductions() {
        for (String manager : MANAGERS) {
            assertTrue(check(List.of("IS02"), List.of("IW02"), List.of(), manager).eligible());
            assertTrue(check(List.of("CAF02", "LP02", "ISI06"), List.of("IW02"), List.of(), manager).eligible());
        }
    }

    @Test
    void shouldNotLetIW02StandForTheIntroductionsOfOtherAudiences() {
        Answer answer = check(List.of("IS02"), List.of("IW02"), List.of(), "PRACTITIONER");
        assertFalse(answer.eligible());
        assertEquals(List.of(List.of("IS01")), answer.missing());
    }

    @Test
    void shouldOfferIW02AsAnAlternativeToAnIntroductionForManagers() {
        Answer answer = check(List.of("IS02"), List.of(), List.of(), "OPERATIONAL_MANAGER");
        assertEquals(List.of(List.of("IS01"), List.of("IW02")), answer.missing());
        Answer both = check(List.of("CAF02", "LP02"), List.of(), List.of(), "MIDDLE_MANAGER");
        assertEquals(List.of(List.of("IW02"), List.of("CAF01", "LP01")), both.missing());
    }

    @Test
    void shouldCountIW02DeliveredEarlierInTheSessionForAManager() {
        assertTrue(check(List.of("IW02", "IS02"), List.of("IW01"), List.of(), "STRATEGIC_MANAGER").eligible());
    }

    @Test
    void shouldHonourAWaiverOnlyForAWaivableModule() {
        assertTrue(check(List.of("IS05"), List.of(), List.of("IS05"), "TRAINER").eligible());
        Answer notWaivable = check(List.of("IS02"), List.of(), List.of("IS02"), "TRAINER");
        assertFalse(notWaivable.eligible());
        assertEquals(List.of(List.of("IS01")), notWaivable.missing());
    }

    @Test
    void shouldNotLetAWaiverForOneModuleOpenAnother() {
        Answer answer = check(List.of("IS05", "IS03"), List.of(), List.of("IS05"), "TRAINER");
        assertEquals(List.of(List.of("IS01", "IS02")), answer.missing());
    }

    @Test
    void shouldListEverythingAnUnwaivedTrainTheTrainerNeeds() {
        Answer answer = check(List.of("IS05"), List.of("IS01"), List.of(), "TRAINER");
        assertEquals(List.of(List.of("IS02", "IS03")), answer.missing());
    }

    @Test
    void shouldOpenModulesWithoutPrerequisite() {
        assertTrue(check(List.of("IW01"), List.of(), List.of(), "ADMIN_STAFF").eligible());
        assertTrue(check(List.of("CAF03"), List.of(), List.of(), "TRAINER").eligible());
    }

    @Test
    void shouldSortMissingSetsBySizeThenLexicographically() {
        PrerequisiteRules wide = new PrerequisiteRules(List.of(rule("A01", null), rule("B01", null), rule("C01", null),
                rule("D01", null), rule("X01", "(C01 AND D01) OR B01 OR (A01 AND D01) OR A01")));
        assertEquals(List.of(List.of("A01"), List.of("B01"), List.of("C01", "D01")),
                wide.check(List.of("X01"), List.of(), List.of(), "PRACTITIONER").missing());
    }

    @Test
    void shouldOfferTheAlternativesOfAPrerequisiteForRoutes() {
        assertEquals(List.of(List.of("IW02"), List.of("IS01", "CAF01", "LP01")), rules.alternatives("IW03", "TRAINER"));
        assertEquals(List.of(List.of()), rules.alternatives("IW01", "TRAINER"));
    }

    @Test
    void shouldKnowWhatAManagersCompletionsStandFor() {
        assertEquals(Set.of("IW02", "IS01", "CAF01", "LP01", "ISI01"), rules.had(List.of("IW02"), "MIDDLE_MANAGER"));
        assertEquals(Set.of("IW02"), rules.had(List.of("IW02"), "TRAINER"));
    }
}
