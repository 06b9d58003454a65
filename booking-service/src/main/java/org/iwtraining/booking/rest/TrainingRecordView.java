package org.iwtraining.booking.rest;

import java.util.Collection;
import java.util.List;

import org.iwtraining.booking.people.TrainingRecordService.TrainingRecord;
import org.iwtraining.conventions.audit.ConcernsPeople;

public record TrainingRecordView(String personId, List<CompletionView> completions, List<WaiverView> waivers) implements ConcernsPeople {

    public static TrainingRecordView from(TrainingRecord record) {
        return new TrainingRecordView(record.personId(), record.completions().stream().map(CompletionView::from).toList(),
                record.waivers().stream().map(WaiverView::from).toList());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
