package org.ramsc.prescreen.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction that stores a new submission (not for a resent form): observers
 * that queue work (the clinic's notice) commit or roll back with it. It carries what they need, so
 * that none has to read the row back.
 */
public record SubmissionStored(UUID submissionId, String outcome, Instant createdAt) {
}
