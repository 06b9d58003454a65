package org.iwtraining.booking;

/** The five processes of the seed. */
public enum TrainingProcess {
    IW, IS, CAF, LP, ISI;

    /**
     * The introduction every course opens with (seed 2.4): it belongs to no process but IW, so a session's process is
     * that of its other modules, and two sessions sharing only IW01 deliver different courses.
     */
    public static final String INTRODUCTION = "IW01";
}
