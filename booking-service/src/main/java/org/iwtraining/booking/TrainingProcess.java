package org.iwtraining.booking;

/** The five processes of the seed. */
public enum TrainingProcess {
    IW, IS, CAF, LP, ISI
}
