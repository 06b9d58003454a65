package org.iwtraining.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One part of the standard course content (seed 2.6). */
@Entity
@Table(name = "course_template_step")
public class CourseTemplateStep extends PanacheEntityBase {

    @Id
    public int position;
    public String text;
}
