package org.iwtraining.catalogue.modules;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.catalogue.Material;
import org.iwtraining.catalogue.MaterialKind;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.prerequisites.Expression;
import org.iwtraining.catalogue.prerequisites.ExpressionException;
import org.iwtraining.catalogue.prerequisites.ExpressionParser;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.catalogue.snapshot.RequestChecks;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

import io.quarkus.panache.common.Sort;

/**
 * Catalogue editors' changes to modules and their materials. Every module change bumps the module's version and the
 * catalogue revision in the same transaction. A prerequisite must read, name only known modules and make no cycle;
 * a refusal points at the character where the problem is.
 */
@ApplicationScoped
@Transactional
public class ModuleService {

    private static final Pattern REF = Pattern.compile("[A-Z]{1,8}[0-9]{1,4}");
    /** More alternatives than this would make every eligibility answer on the module slow to compute. */
    private static final int MAX_ALTERNATIVES = 64;

    private final CatalogueService catalogue;

    public ModuleService(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public TrainingModule create(ModuleDraft draft) {
        if (draft.ref() == null || !REF.matcher(draft.ref()).matches()) {
            throw DomainException.invalid("ref", "must be upper-case letters then digits, like IW06");
        }
        Catalogue current = lockForEdit();
        if (TrainingModule.findById(draft.ref()) != null) {
            throw DomainException.conflict("MODULE_EXISTS", "Module exists", "Module " + draft.ref() + " already exists");
        }
        TrainingModule module = new TrainingModule();
        module.ref = draft.ref();
        module.version = 1;
        module.materialsVersion = 1;
        apply(draft, module, current);
        module.persist();
        return module;
    }

    public TrainingModule update(String ref, String ifMatch, ModuleDraft draft) {
        Catalogue current = lockForEdit();
        TrainingModule module = locked(ref);
        Preconditions.requireIfMatch(ifMatch, module.version);
        if (draft.ref() != null && !draft.ref().equals(ref)) {
            throw DomainException.invalid("ref", "must be " + ref + " (a module's ref does not change)");
        }
        apply(draft, module, current);
        module.version++;
        return module;
    }

    /**
     * Edits take the revision row's lock first, so they run one at a time: the existence and cycle checks then read
     * a catalogue no one else can change before this transaction commits the new revision.
     */
    private Catalogue lockForEdit() {
        catalogue.bumpRevision();
        return catalogue.current();
    }

    private static TrainingModule locked(String ref) {
        TrainingModule module = TrainingModule.findById(ref, LockModeType.PESSIMISTIC_WRITE);
        if (module == null) {
            throw DomainException.notFound("Module", ref);
        }
        return module;
    }

    private void apply(ModuleDraft d, TrainingModule m, Catalogue current) {
        if (current.process(d.process()).isEmpty()) {
            throw DomainException.invalid("process", "unknown process '" + d.process() + "'");
        }
        String status = d.status() == null ? ModuleStatus.ACTIVE.name() : d.status();
        if (!ModuleStatus.isValid(status)) {
            throw DomainException.invalid("status", "must be one of " + ModuleStatus.NAMES);
        }
        if ((d.minMinutes() == null) != (d.maxMinutes() == null)) {
            throw DomainException.invalid("maxMinutes", "give both minMinutes and maxMinutes, or neither");
        }
        if (d.minMinutes() != null && d.minMinutes() > d.maxMinutes()) {
            throw DomainException.invalid("maxMinutes", "must not be less than minMinutes");
        }
        audiences(d.audiences(), "audiences", current);
        audiences(d.optionalFor(), "optionalFor", current);
        audiences(d.standsInPlaceFor(), "standsInPlaceFor", current);
        otherModules(d.standsInPlaceOf(), "standsInPlaceOf", m.ref, current);
        otherModules(d.recommended(), "recommended", m.ref, current);
        m.name = d.name();
        m.process = d.process();
        m.status = status;
        m.description = d.description();
        m.intendedAudienceText = d.intendedAudience();
        m.audiences = orEmpty(d.audiences());
        m.optionalFor = orEmpty(d.optionalFor());
        m.learningObjectives = orEmpty(d.learningObjectives());
        m.content = orEmpty(d.content());
        m.deliveryMechanisms = orEmpty(d.deliveryMechanisms());
        m.minMinutes = d.minMinutes();
        m.maxMinutes = d.maxMinutes();
        m.parts = d.minMinutes() == null ? d.parts() : Optional.ofNullable(d.parts()).orElse(1);
        m.optionalExtra = Boolean.TRUE.equals(d.optionalExtra());
        m.developmentResponsibility = d.developmentResponsibility();
        m.trainTheTrainer = Boolean.TRUE.equals(d.trainTheTrainer());
        m.keepAudiencesApart = Boolean.TRUE.equals(d.keepAudiencesApart());
        m.standsInPlaceOf = orEmpty(d.standsInPlaceOf());
        m.standsInPlaceFor = orEmpty(d.standsInPlaceFor());
        m.prerequisite = prerequisite(d.prerequisite(), m.ref, current);
        m.recommended = orEmpty(d.recommended());
        m.waivable = Boolean.TRUE.equals(d.waivable());
        if (m.waivable && m.prerequisite == null) {
            throw DomainException.invalid("waivable", "only a prerequisite can be waived, and there is none");
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static void audiences(List<String> codes, String field, Catalogue current) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                RequestChecks.audience(codes.get(i), field + "[" + i + "]", current);
            }
        }
    }

    private static void otherModules(List<String> refs, String field, String self, Catalogue current) {
        RequestChecks.refs(refs, field, current);
        if (refs != null && refs.contains(self)) {
            throw DomainException.invalid(field + "[" + refs.indexOf(self) + "]", "a module cannot name itself");
        }
    }

    /** The canonical text of a valid prerequisite, or null for none. */
    private static String prerequisite(String text, String self, Catalogue current) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Expression expression;
        try {
            expression = ExpressionParser.parse(text);
        } catch (ExpressionException e) {
            throw invalidPrerequisite(e.position(), e.getMessage());
        }
        for (ExpressionParser.RefAt at : ExpressionParser.positions(text)) {
            if (at.ref().equals(self)) {
                throw invalidPrerequisite(at.position(), "'" + self + "' cannot be its own prerequisite");
            }
            if (!current.hasModule(at.ref())) {
                throw invalidPrerequisite(at.position(), "unknown module '" + at.ref() + "'");
            }
            if (leadsBackTo(at.ref(), self, current)) {
                throw invalidPrerequisite(at.position(), "'" + at.ref() + "' already requires " + self
                        + ", directly or through other modules: that would make a cycle");
            }
        }
        if (alternatives(expression) > MAX_ALTERNATIVES) {
            throw invalidPrerequisite(0, "has more than " + MAX_ALTERNATIVES + " alternative ways to be met");
        }
        return expression.canonical();
    }

    private static boolean leadsBackTo(String start, String target, Catalogue current) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String ref = todo.pop();
            if (ref.equals(target)) {
                return true;
            }
            if (seen.add(ref)) {
                current.module(ref).map(m -> m.prerequisite).map(ExpressionParser::parse)
                        .ifPresent(e -> todo.addAll(e.refs()));
            }
        }
        return false;
    }

    private static long alternatives(Expression e) {
        if (e instanceof Expression.Ref) {
            return 1;
        }
        if (e instanceof Expression.And and) {
            return and.operands().stream().mapToLong(ModuleService::alternatives)
                    .reduce(1, (a, b) -> Math.min(a * b, MAX_ALTERNATIVES + 1L));
        }
        return ((Expression.Or) e).operands().stream().mapToLong(ModuleService::alternatives).sum();
    }

    private static DomainException invalidPrerequisite(int position, String message) {
        return DomainException.invalid("prerequisite", "at position " + position + ": " + message)
                .with("position", position);
    }

    /**
     * Modules of the snapshot matching the filters (each optional; {@code audience} matches intended and optional
     * audiences, or a module the audience's plan row holds), in canonical order, one page after the cursor. The caller passes the snapshot whose revision it
     * answers with as the ETag.
     */
    public Page<TrainingModule> list(Catalogue current, ModuleFilter filter, PageRequest page) {
        filter.validate(current);
        List<TrainingModule> rows = current.modules().stream()
                .filter(filter.matcher(current))
                .filter(m -> page.after() == null || sortKey(current, m).compareTo(page.after()) > 0)
                .limit(page.fetchSize())
                .toList();
        return page.page(rows, m -> sortKey(current, m), Function.identity());
    }

    /** The key a module list is paged by: its process column, then its ref. */
    private static String sortKey(Catalogue current, TrainingModule m) {
        return String.format("%04d:%s", current.process(m.process).map(p -> p.position).orElse(9999), m.ref);
    }

    public Optional<TrainingModule> find(String ref) {
        return TrainingModule.findByIdOptional(ref);
    }

    public List<Material> materials(String ref) {
        return Material.list("moduleRef", Sort.by("position"), ref);
    }

    /** Replaces a module's materials; {@code If-Match} is checked against the materials' version when sent. */
    public TrainingModule replaceMaterials(String ref, String ifMatch, List<MaterialDraft> drafts) {
        TrainingModule module = locked(ref);
        Preconditions.checkIfMatch(ifMatch, module.materialsVersion);
        if (drafts == null) {
            throw DomainException.invalid("materials", "is required (send [] to remove every material)");
        }
        Set<String> kinds = new HashSet<>();
        MaterialKind.<MaterialKind>listAll().forEach(k -> kinds.add(k.code));
        for (int i = 0; i < drafts.size(); i++) {
            MaterialDraft d = drafts.get(i);
            if (d == null) {
                throw DomainException.invalid("materials[" + i + "]", "must be a material, not null");
            }
            if (!kinds.contains(d.kind())) {
                throw DomainException.invalid("materials[" + i + "].kind", "must be one of " + kinds);
            }
            if (!isWebAddress(d.url())) {
                throw DomainException.invalid("materials[" + i + "].url", "must be an http or https URL");
            }
        }
        Material.delete("moduleRef", ref);
        Material.flush();
        for (int i = 0; i < drafts.size(); i++) {
            MaterialDraft d = drafts.get(i);
            Material material = new Material();
            material.id = UUID.randomUUID().toString();
            material.moduleRef = ref;
            material.position = i + 1;
            material.kind = d.kind();
            material.title = d.title();
            material.url = d.url();
            material.version = d.version();
            material.localAuthority = d.localAuthority();
            material.persist();
        }
        module.materialsVersion++;
        return module;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
