package org.iwtraining.catalogue.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.catalogue.CommonMessage;
import org.iwtraining.catalogue.CourseTemplateStep;
import org.iwtraining.catalogue.InformationSource;
import org.iwtraining.catalogue.MaterialKind;

import io.quarkus.panache.common.Sort;

/** The seed's fixed lists (common messages, course template, material kinds, sources), in the seed's order. */
@ApplicationScoped
@Transactional
public class ReferenceService {

    public List<CommonMessage> commonMessages() {
        return CommonMessage.listAll(Sort.by("position"));
    }

    public List<CourseTemplateStep> courseTemplate() {
        return CourseTemplateStep.listAll(Sort.by("position"));
    }

    public List<MaterialKind> materialKinds() {
        return MaterialKind.listAll(Sort.by("position"));
    }

    public List<InformationSource> sources() {
        return InformationSource.listAll(Sort.by("position"));
    }
}
