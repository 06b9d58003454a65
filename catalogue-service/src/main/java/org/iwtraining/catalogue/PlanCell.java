package org.iwtraining.catalogue;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One module in one cell (audience × process) of the Appendix 1 plan, at its position in the cell. */
@Entity
@Table(name = "plan_cell")
@IdClass(PlanCell.Key.class)
public class PlanCell extends PanacheEntityBase {

    @Id
    public String audience;
    @Id
    public String process;
    @Id
    public int position;
    @Column(name = "module_ref")
    public String moduleRef;

    public record Key(String audience, String process, int position) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
