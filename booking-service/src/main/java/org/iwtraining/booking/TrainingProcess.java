package org.iwtraining.booking;

/** The five processes of the seed, each with its train-the-trainer module (what qualifies a trainer of it). */
public enum TrainingProcess {
    IW("IW05"), IS("IS05"), CAF("CAF03"), LP("LP03"), ISI("ISI10");

    private final String trainTheTrainerModule;

    TrainingProcess(String trainTheTrainerModule) {
        this.trainTheTrainerModule = trainTheTrainerModule;
    }

    /** The train-the-trainer module of the process: completing it qualifies a person to train the process. */
    public String trainTheTrainerModule() {
        return trainTheTrainerModule;
    }

    /**
     * The introduction every course opens with (seed 2.4): it belongs to no process but IW, so a session's process is
     * that of its other modules, and two sessions sharing only IW01 deliver different courses.
     */
    public static final String INTRODUCTION = "IW01";
}
