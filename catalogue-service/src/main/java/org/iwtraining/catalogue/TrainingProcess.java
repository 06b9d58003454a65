package org.iwtraining.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the five IW processes and tools (IW, IS, CAF, LP, ISI). */
@Entity
@Table(name = "process")
public class TrainingProcess extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public int position;
    /** The module every course of this process opens with (seed 2.6, "Introduction to specific process"). */
    @Column(name = "intro_module")
    public String introModule;
}
