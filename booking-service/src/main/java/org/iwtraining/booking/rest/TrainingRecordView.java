package org.iwtraining.booking.rest;

import java.util.Collection;
import java.util.List;

import org.iwtraining.booking.people.TrainingRecordService.TrainingRecord;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A person's completions, waivers and trainer accreditations. */
public record TrainingRecordView(String personId, List<CompletionView> completions, List<WaiverView> waivers,
        List<AccreditationView> accreditations) implements ConcernsPeople {

    public static TrainingRecordView from(TrainingRecord record) {
        return new TrainingRecordView(record.personId(), record.completions().stream().map(CompletionView::from).toList(),
                record.waivers().stream().map(WaiverView::from).toList(),
                record.accreditations().stream().map(AccreditationView::from).toList());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
