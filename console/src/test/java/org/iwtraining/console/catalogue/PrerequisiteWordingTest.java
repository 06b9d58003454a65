package org.iwtraining.console.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrerequisiteWordingTest {

    @Test
    void shouldWordAlternativesWhereOneIsAList() {
        assertEquals("needs IW02, or IS01, CAF01 and LP01", PrerequisiteWording.of("IW02 OR (IS01 AND CAF01 AND LP01)"));
    }

    @Test
    void shouldWordAListOfRequirements() {
        assertEquals("needs IS01, IS02 and IS03", PrerequisiteWording.of("IS01 AND IS02 AND IS03"));
        assertEquals("needs IS01 and IS02", PrerequisiteWording.of("IS01 AND IS02"));
    }

    @Test
    void shouldWordOneModuleAndSimpleAlternatives() {
        assertEquals("needs IW01", PrerequisiteWording.of("IW01"));
        assertEquals("needs IW02 or IS01", PrerequisiteWording.of("IW02 OR IS01"));
    }

    @Test
    void shouldWordRequirementsOneOfWhichHasAlternatives() {
        assertEquals("needs IW01, and either IS01 or IW02", PrerequisiteWording.of("IW01 AND (IS01 OR IW02)"));
        assertEquals("needs IW01, and one of IS01, CAF01 or LP01", PrerequisiteWording.of("IW01 AND (IS01 OR CAF01 OR LP01)"));
    }

    @Test
    void shouldSayNoneWithoutAPrerequisite() {
        assertEquals("none", PrerequisiteWording.of(null));
        assertEquals("none", PrerequisiteWording.of(" "));
    }

    @Test
    void shouldShowTextItCannotReadAsItIs() {
        assertEquals("needs IW01 ) IW02", PrerequisiteWording.of("IW01 ) IW02"));
    }
}
