package org.ramsc.prescreen.faq;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The published text of an entry in one language: what the public page shows. */
@Entity
@Table(name = "faq_translation")
@IdClass(FaqTranslation.Key.class)
public class FaqTranslation extends PanacheEntityBase {

    @Id
    public UUID entryId;

    @Id
    public String lang;

    public String question;
    public String answerMarkdown;

    /** The composite key (entry_id, lang). */
    public static class Key implements Serializable {
        public UUID entryId;
        public String lang;

        public Key() {
        }

        public Key(UUID entryId, String lang) {
            this.entryId = entryId;
            this.lang = lang;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(entryId, key.entryId) && Objects.equals(lang, key.lang);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, lang);
        }
    }
}
