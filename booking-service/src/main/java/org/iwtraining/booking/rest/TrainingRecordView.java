package org.iwtraining.booking.rest;

import java.util.List;

import org.iwtraining.booking.people.TrainingRecordService.TrainingRecord;

public record TrainingRecordView(String personId, List<CompletionView> completions, List<WaiverView> waivers) {

    public static TrainingRecordView from(TrainingRecord record) {
        return new TrainingRecordView(record.personId(), record.completions().stream().map(CompletionView::from).toList(),
                record.waivers().stream().map(WaiverView::from).toList());
    }
}
