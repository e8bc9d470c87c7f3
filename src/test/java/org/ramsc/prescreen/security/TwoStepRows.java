package org.ramsc.prescreen.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.UUID;

/** What the two-step tables hold for an account, read in a transaction of its own. */
final class TwoStepRows {

    private TwoStepRows() {
    }

    static String secretOf(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> TwoStepKey.<TwoStepKey>findById(account).secret);
    }

    static List<String> recoveryHashes(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> RecoveryCode.<RecoveryCode>list("accountId", account)
                .stream().map(code -> code.codeHash).toList());
    }

}
