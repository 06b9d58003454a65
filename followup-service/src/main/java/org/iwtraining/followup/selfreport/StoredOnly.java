package org.iwtraining.followup.selfreport;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.followup.SelfReport;

import io.quarkus.arc.DefaultBean;

/** The self-report is stored and shown; the case itself is left as it is (until the cases wing takes it up). */
@ApplicationScoped
@DefaultBean
class StoredOnly implements CaseUpdates {

    @Override
    public void recordSelfReport(String caseId, SelfReport report) {
        // the stored SelfReport row is the whole record for now
    }
}
