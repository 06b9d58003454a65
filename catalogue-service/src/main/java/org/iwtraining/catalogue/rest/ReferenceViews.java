package org.iwtraining.catalogue.rest;

import java.util.List;

import org.iwtraining.catalogue.Audience;
import org.iwtraining.catalogue.CommonMessage;
import org.iwtraining.catalogue.CourseTemplateStep;
import org.iwtraining.catalogue.InformationSource;
import org.iwtraining.catalogue.MaterialKind;
import org.iwtraining.catalogue.TrainingProcess;

/** The seed's reference lists as callers see them. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public record ProcessView(String code, String name, String introModule) {
        public static ProcessView from(TrainingProcess p) {
            return new ProcessView(p.code, p.name, p.introModule);
        }
    }

    public record AudienceView(String code, String name, String description, String planRow) {
        public static AudienceView from(Audience a) {
            return new AudienceView(a.code, a.name, a.description, a.planRow);
        }
    }

    public record CommonMessageView(int position, String text, List<String> points) {
        public static CommonMessageView from(CommonMessage m) {
            return new CommonMessageView(m.position, m.text, m.points);
        }
    }

    public record CourseTemplateStepView(int position, String text) {
        public static CourseTemplateStepView from(CourseTemplateStep s) {
            return new CourseTemplateStepView(s.position, s.text);
        }
    }

    public record MaterialKindView(String code, String name, String description) {
        public static MaterialKindView from(MaterialKind k) {
            return new MaterialKindView(k.code, k.name, k.description);
        }
    }

    public record SourceView(String title, String description, String url) {
        public static SourceView from(InformationSource s) {
            return new SourceView(s.title, s.description, s.url);
        }
    }

    public record RevisionView(String revision) {
    }
}
