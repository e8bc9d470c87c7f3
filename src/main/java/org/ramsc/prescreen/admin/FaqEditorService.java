package org.ramsc.prescreen.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ramsc.prescreen.faq.FaqEntry;
import org.ramsc.prescreen.faq.FaqRevision;
import org.ramsc.prescreen.faq.FaqTranslation;
import org.ramsc.prescreen.faq.PublicFaqChanges;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;

/**
 * Editing the FAQ. Admins work on a draft (the newest revision per language) and publish it when
 * the preview looks right; the public page reads only published text. Every save is a revision,
 * every change an audit row.
 */
@ApplicationScoped
public class FaqEditorService {

    static final String TARGET = "faq_entry";

    @Inject AuditLog audit;
    @Inject PublicFaqChanges publicFaq;

    @Transactional
    public List<ListItem> list(Lang lang) {
        List<FaqEntry> entries = ordered(false);
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FaqEntry entry = entries.get(i);
            Map<Lang, FaqText> draft = draft(entry.id);
            FaqText shown = draft.getOrDefault(lang, draft.get(Lang.EN));
            items.add(new ListItem(entry.id, i + 1, entry.slug, shown == null ? entry.slug : shown.question(),
                    entry.published, entry.published && !draft.equals(published(entry.id)),
                    i == 0, i == entries.size() - 1));
        }
        return items;
    }

    @Transactional
    public Optional<EntryState> entry(UUID id) {
        return FaqEntry.<FaqEntry>findByIdOptional(id)
                .map(e -> new EntryState(e.id, e.slug, e.published, draft(e.id), published(e.id)));
    }

    @Transactional
    public UUID create(Map<Lang, FaqText> texts, Actor actor) {
        Instant now = Instant.now();
        FaqEntry entry = new FaqEntry();
        entry.id = UUID.randomUUID();
        entry.slug = unusedSlug(slugOf(texts.get(Lang.EN).question()));
        entry.position = ordered(false).stream().mapToInt(e -> e.position).max().orElse(0) + 1;
        entry.published = false;
        entry.createdAt = now;
        entry.updatedAt = now;
        entry.persist();
        texts.forEach((lang, text) -> addRevision(entry.id, lang, text, actor.name(), now, null));
        audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, entry.id.toString(), "action=create", actor.address());
        return entry.id;
    }

    /** Saves the languages whose text changed as new revisions; the public page is untouched until publish. */
    @Transactional
    public boolean save(UUID id, Map<Lang, FaqText> texts, Actor actor) {
        Optional<FaqEntry> found = FaqEntry.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        Map<Lang, FaqText> draft = draft(id);
        List<String> changed = new ArrayList<>();
        texts.forEach((lang, text) -> {
            if (!text.equals(draft.get(lang))) {
                addRevision(id, lang, text, actor.name(), now, null);
                changed.add(lang.tag());
            }
        });
        if (!changed.isEmpty()) {
            found.get().updatedAt = now;
            audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, id.toString(),
                    "action=edit langs=" + String.join(",", changed), actor.address());
        }
        return true;
    }

    /** Makes the draft the public text. Refused (false) while a language has no text yet. */
    @Transactional
    public PublishResult publish(UUID id, Actor actor) {
        Optional<FaqEntry> found = FaqEntry.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return PublishResult.NOT_FOUND;
        }
        Map<Lang, FaqText> draft = draft(id);
        if (draft.size() < Lang.values().length) {
            return PublishResult.INCOMPLETE;
        }
        draft.forEach((lang, text) -> {
            FaqTranslation translation = FaqTranslation.findById(new FaqTranslation.Key(id, lang.tag()));
            if (translation == null) {
                translation = new FaqTranslation();
                translation.entryId = id;
                translation.lang = lang.tag();
            }
            translation.question = text.question();
            translation.answerMarkdown = text.answerMarkdown();
            translation.persist();
        });
        FaqEntry entry = found.get();
        entry.published = true;
        entry.updatedAt = Instant.now();
        audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, id.toString(), "action=publish", actor.address());
        publicFaq.publicTextChanged();
        return PublishResult.PUBLISHED;
    }

    @Transactional
    public boolean unpublish(UUID id, Actor actor) {
        Optional<FaqEntry> found = FaqEntry.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(entry -> {
            entry.published = false;
            entry.updatedAt = Instant.now();
            audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, id.toString(), "action=unpublish",
                    actor.address());
            publicFaq.publicTextChanged();
        });
        return found.isPresent();
    }

    /** Moves the entry one place up (-1) or down (+1); positions are renumbered 1..n on the way. */
    @Transactional
    public boolean move(UUID id, int step, Actor actor) {
        List<FaqEntry> entries = ordered(true);
        int at = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id.equals(id)) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        int to = at + step;
        if (to >= 0 && to < entries.size()) {
            entries.add(to, entries.remove(at));
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).position = i + 1;
            }
            audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, id.toString(),
                    "action=" + (step < 0 ? "move_up" : "move_down"), actor.address());
            publicFaq.publicTextChanged();
        }
        return true;
    }

    @Transactional
    public Optional<List<RevisionItem>> history(UUID id) {
        if (FaqEntry.findByIdOptional(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FaqRevision.<FaqRevision>list("entryId = ?1 order by createdAt desc, id desc", id)
                .stream().map(r -> new RevisionItem(r.id, r.lang, r.question, r.answerMarkdown, r.author,
                        r.createdAt, r.restoredFrom))
                .toList());
    }

    /** Makes an earlier revision the draft again, as a new revision that says where it came from. */
    @Transactional
    public boolean restore(UUID entryId, UUID revisionId, Actor actor) {
        FaqRevision old = FaqRevision.findById(revisionId);
        if (old == null || !old.entryId.equals(entryId)
                || FaqEntry.findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE).isEmpty()) {
            return false;
        }
        Lang lang = Lang.fromTag(old.lang).orElseThrow();
        addRevision(entryId, lang, new FaqText(old.question, old.answerMarkdown), actor.name(), Instant.now(),
                old.id);
        audit.record(actor.name(), AuditLog.FAQ_CHANGED, TARGET, entryId.toString(),
                "action=restore lang=" + old.lang + " revision=" + old.id, actor.address());
        return true;
    }

    private static void addRevision(UUID entryId, Lang lang, FaqText text, String actor, Instant at, UUID from) {
        FaqRevision revision = new FaqRevision();
        revision.id = UUID.randomUUID();
        revision.entryId = entryId;
        revision.lang = lang.tag();
        revision.question = text.question();
        revision.answerMarkdown = text.answerMarkdown();
        revision.author = actor;
        revision.createdAt = at;
        revision.restoredFrom = from;
        revision.persist();
    }

    /** The newest revision per language; where an entry has none yet (seeded text), its published text. */
    static Map<Lang, FaqText> draft(UUID id) {
        Map<Lang, FaqText> draft = published(id);
        List<FaqRevision> revisions = FaqRevision.list("entryId = ?1 order by createdAt, id", id);
        revisions.forEach(r -> Lang.fromTag(r.lang)
                .ifPresent(lang -> draft.put(lang, new FaqText(r.question, r.answerMarkdown))));
        return draft;
    }

    static Map<Lang, FaqText> published(UUID id) {
        Map<Lang, FaqText> texts = new EnumMap<>(Lang.class);
        FaqTranslation.<FaqTranslation>list("entryId", id).forEach(t -> Lang.fromTag(t.lang)
                .ifPresent(lang -> texts.put(lang, new FaqText(t.question, t.answerMarkdown))));
        return texts;
    }

    private static List<FaqEntry> ordered(boolean lock) {
        var query = FaqEntry.<FaqEntry>find("order by position, createdAt, id");
        return new ArrayList<>(lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list());
    }

    static String slugOf(String question) {
        String ascii = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "question" : slug;
    }

    private static String unusedSlug(String base) {
        String slug = base;
        for (int n = 2; FaqEntry.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public enum PublishResult {
        PUBLISHED, INCOMPLETE, NOT_FOUND
    }

    public record ListItem(UUID id, int number, String slug, String question, boolean published,
            boolean unpublishedChanges, boolean first, boolean last) {
    }

    public record EntryState(UUID id, String slug, boolean published, Map<Lang, FaqText> draft,
            Map<Lang, FaqText> publishedText) {

        public boolean draftDiffers() {
            return !draft.equals(publishedText);
        }

        public String changedLanguages() {
            return draft.keySet().stream().filter(l -> !draft.get(l).equals(publishedText.get(l)))
                    .map(Lang::tag).collect(Collectors.joining(", "));
        }
    }

    public record RevisionItem(UUID id, String lang, String question, String answerMarkdown, String author,
            Instant createdAt, UUID restoredFrom) {
    }
}
