package org.iwtraining.catalogue;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A training module of Appendix 2 (or one Appendix 1 names whose definition is pending). */
@Entity
@Table(name = "module")
public class TrainingModule extends PanacheEntityBase {

    @Id
    public String ref;
    public String name;
    public String process;
    public String status;
    public String description;
    @Column(name = "intended_audience_text")
    public String intendedAudienceText;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> audiences;
    @Column(name = "optional_for")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> optionalFor;
    @Column(name = "learning_objectives")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> learningObjectives;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> content;
    @Column(name = "delivery_mechanisms")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> deliveryMechanisms;
    @Column(name = "min_minutes")
    public Integer minMinutes;
    @Column(name = "max_minutes")
    public Integer maxMinutes;
    public Integer parts;
    @Column(name = "optional_extra")
    public boolean optionalExtra;
    @Column(name = "development_responsibility")
    public String developmentResponsibility;
    @Column(name = "train_the_trainer")
    public boolean trainTheTrainer;
    @Column(name = "keep_audiences_apart")
    public boolean keepAudiencesApart;
    @Column(name = "stands_in_place_of")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> standsInPlaceOf;
    /** The audiences for which {@link #standsInPlaceOf} holds (IW02: the three managers' audiences). */
    @Column(name = "stands_in_place_for")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> standsInPlaceFor;
    /** Canonical expression text, null when there is none. */
    public String prerequisite;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> recommended;
    public boolean waivable;
    public long version;
    @Column(name = "materials_version")
    public long materialsVersion;

    public boolean hasDuration() {
        return minMinutes != null && maxMinutes != null;
    }
}
