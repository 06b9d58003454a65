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
}
