package io.jejaring.events;

/** Who made a promise (rule 4: keep the promises you make). */
public enum CommitmentDirection {
    I_PROMISED,
    THEY_PROMISED
}
