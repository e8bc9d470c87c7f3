package org.ramsc.prescreen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the definition promises the pages, the FHIR mapper and the bundles that read it. */
class DefinitionTest {

    @Test
    void bothJointCountsAskAboutTheSameNamedValueSetShownOnTheBodyMap() {
        for (String id : List.of("tenderJoints", "swollenJoints")) {
            Item item = Questionnaire.item(id).orElseThrow();
            assertThat(item.valueSet()).isSameAs(Questionnaire.JOINT_SITES);
            assertThat(item.display()).isEqualTo(Display.BODY_MAP);
            assertThat(item.codeLabelKey("knee_left")).isEqualTo("q.joint.knee_left");
        }
        assertThat(Questionnaire.JOINT_SITES.codes()).hasSize(28);
    }

    @Test
    void aValueSetMustGroupEachOfItsCodesOnce() {
        assertThatThrownBy(() -> new ValueSet("x", List.of("a", "b"), List.of(ValueSet.Group.of("g", "a"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValueSet("x", List.of("a"), List.of(ValueSet.Group.of("g", "a", "a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemsShownAsAScaleHaveAFewWholeNumbersToTap() {
        for (Item item : Questionnaire.items()) {
            if (item.display() == Display.SCALE || item.display() == Display.LABELLED_SCALE) {
                assertThat(item.type()).as(item.id()).isEqualTo(ItemType.INTEGER);
                assertThat(item.range().max().subtract(item.range().min()).intValue()).as(item.id()).isBetween(1, 10);
            }
        }
    }

    @Test
    void everyItemNamesItsOwnTexts() {
        Item age = Questionnaire.item("age").orElseThrow();
        assertThat(age.labelKey()).isEqualTo("q.age.label");
        assertThat(age.helpKey()).isEqualTo("q.age.help");
        assertThat(age.unitKey()).isEqualTo("q.age.unit");
        assertThat(Questionnaire.item("cancer").orElseThrow().codeLabelKey("none")).isEqualTo("q.cancer.none");
        assertThat(Questionnaire.step(1).titleKey()).isEqualTo("q.step.about.title");
    }
}
