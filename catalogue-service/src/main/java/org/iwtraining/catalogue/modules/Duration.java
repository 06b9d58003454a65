package org.iwtraining.catalogue.modules;

import java.util.ArrayList;
import java.util.List;

import org.iwtraining.catalogue.TrainingModule;

/** The known sum of some modules' durations, and the modules whose duration is not known yet. */
public record Duration(int minMinutes, int maxMinutes, List<String> modulesWithoutDuration) {

    public static Duration of(List<TrainingModule> modules) {
        int min = 0;
        int max = 0;
        List<String> unknown = new ArrayList<>();
        for (TrainingModule m : modules) {
            if (m.hasDuration()) {
                min += m.minMinutes;
                max += m.maxMinutes;
            } else {
                unknown.add(m.ref);
            }
        }
        return new Duration(min, max, List.copyOf(unknown));
    }
}
