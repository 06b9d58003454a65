package org.iwtraining.followup;

/** The Integrated Working processes a train-the-trainer module belongs to. */
public enum Process {
    IW, IS, CAF, LP, ISI
}
