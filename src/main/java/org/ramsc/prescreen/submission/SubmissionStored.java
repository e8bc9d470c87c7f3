package org.ramsc.prescreen.submission;

import java.util.UUID;

/**
 * Fired inside the transaction that stores a new submission (not for a resent form): observers
 * that queue work (the clinic's notice) commit or roll back with it.
 */
public record SubmissionStored(UUID submissionId) {
}
