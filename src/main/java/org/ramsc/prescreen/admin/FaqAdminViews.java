package org.ramsc.prescreen.admin;

import io.quarkus.qute.RawString;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ramsc.prescreen.faq.MarkdownRenderer;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.review.ReviewFormat;

/** What the FAQ editor's pages show. */
public final class FaqAdminViews {

    private FaqAdminViews() {
    }

    public record FormView(String action, boolean isNew, List<LangFields> langs, boolean hasErrors) {

        static FormView of(String action, boolean isNew, FaqForm form, ReviewFormat format) {
            List<LangFields> langs = Arrays.stream(Lang.values()).map(lang -> {
                FaqText text = form.texts().getOrDefault(lang, new FaqText("", ""));
                String qField = FaqForm.questionField(lang);
                String aField = FaqForm.answerField(lang);
                return new LangFields(lang.tag(), lang.nativeName(), qField, aField, text.question(),
                        text.answerMarkdown(), error(form, qField, format), error(form, aField, format));
            }).toList();
            return new FormView(action, isNew, langs, !form.isValid());
        }

        private static String error(FaqForm form, String field, ReviewFormat format) {
            String key = form.errors().get(field);
            return key == null ? null : format.t(key);
        }
    }

    public record LangFields(String tag, String name, String questionField, String answerField, String question,
            String answer, String questionError, String answerError) {
    }

    public record PreviewView(UUID id, String slug, boolean published, boolean draftDiffers, String changedLanguages,
            List<LangPreview> langs, String error) {

        static PreviewView of(FaqEditorService.EntryState entry, MarkdownRenderer markdown, String error) {
            List<LangPreview> langs = Arrays.stream(Lang.values()).map(lang -> {
                FaqText text = entry.draft().get(lang);
                return text == null ? new LangPreview(lang.tag(), lang.nativeName(), null, new RawString(""))
                        : new LangPreview(lang.tag(), lang.nativeName(), text.question(),
                                new RawString(markdown.toSafeHtml(text.answerMarkdown())));
            }).toList();
            return new PreviewView(entry.id(), entry.slug(), entry.published(), entry.draftDiffers(),
                    entry.changedLanguages(), langs, error);
        }
    }

    public record LangPreview(String tag, String name, String question, RawString html) {
    }

    public record HistoryView(UUID id, String slug, List<RevisionView> revisions) {

        static HistoryView of(UUID id, String slug, List<FaqEditorService.RevisionItem> items, ReviewFormat format) {
            Map<UUID, String> times = new java.util.HashMap<>();
            items.forEach(r -> times.put(r.id(), format.time(r.createdAt())));
            return new HistoryView(id, slug, items.stream().map(r -> new RevisionView(r.id(),
                    Lang.fromTag(r.lang()).map(Lang::nativeName).orElse(r.lang()), r.lang(), r.question(),
                    r.answerMarkdown(), r.author(), format.time(r.createdAt()),
                    r.restoredFrom() == null ? null : times.getOrDefault(r.restoredFrom(),
                            r.restoredFrom().toString())))
                    .toList());
        }
    }

    public record RevisionView(UUID id, String langName, String lang, String question, String markdown,
            String author, String time, String restoredFrom) {
    }
}
