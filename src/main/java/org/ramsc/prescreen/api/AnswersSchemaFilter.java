package org.ramsc.prescreen.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.ramsc.prescreen.questionnaire.Condition;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Range;

/**
 * Documents the answer object from the questionnaire definition itself, so that the OpenAPI
 * document lists exactly the items, codes, ranges and conditions the validator applies.
 */
public class AnswersSchemaFilter implements OASFilter {

    static final String ANSWERS_SCHEMA = "Answers";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ANSWERS_SCHEMA, answersSchema());
    }

    static Schema answersSchema() {
        Schema answers = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Questionnaire version " + Questionnaire.VERSION + ". A null value counts as not"
                        + " answered. Items whose \"when\" condition is false are ignored. Unknown keys are"
                        + " rejected.")
                .additionalPropertiesSchema(OASFactory.createSchema().not(OASFactory.createSchema()));
        List<String> required = new ArrayList<>();
        for (Item item : Questionnaire.items()) {
            answers.addProperty(item.id(), itemSchema(item));
            if (item.required() && !item.isConditional()) {
                required.add(item.id());
            }
        }
        return answers.required(required);
    }

    private static Schema itemSchema(Item item) {
        Schema schema = OASFactory.createSchema();
        switch (item.type()) {
            case INTEGER -> schema.addType(Schema.SchemaType.INTEGER);
            case DECIMAL -> schema.addType(Schema.SchemaType.NUMBER);
            case CODE -> schema.addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(item.codes()));
            case CODES -> schema.addType(Schema.SchemaType.ARRAY).uniqueItems(true).items(
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(new ArrayList<>(item.codes())));
            case BOOLEAN -> schema.addType(Schema.SchemaType.BOOLEAN);
        }
        Range range = item.range();
        if (range != null) {
            schema.minimum(range.min());
            if (!range.maxIsCurrentYear()) {
                schema.maximum(range.max());
            }
        }
        schema.description(describe(item));
        return schema;
    }

    private static String describe(Item item) {
        StringBuilder text = new StringBuilder(item.required() ? "Required" : "Optional");
        if (item.when() != null) {
            text.append(" when ").append(describe(item.when()));
        }
        text.append('.');
        if (item.unit() != null) {
            text.append(" Unit: ").append(item.unit()).append('.');
        }
        if (item.range() != null && item.range().maxIsCurrentYear()) {
            text.append(" At most the current year.");
        }
        if (!item.rangeByCode().isEmpty()) {
            Map<String, Range> ranges = new TreeMap<>(item.rangeByCode());
            text.append(" Range by ").append(item.rangeSource()).append(':');
            ranges.forEach((code, range) -> text.append(' ').append(code).append(' ')
                    .append(plain(range.min())).append('–').append(plain(range.max())).append(';'));
            text.setCharAt(text.length() - 1, '.');
        }
        return text.toString();
    }

    private static String describe(Condition condition) {
        if (condition instanceof Condition.EqualTo c) {
            return c.itemId() + " = " + c.code();
        }
        if (condition instanceof Condition.NotEqualTo c) {
            return c.itemId() + " ≠ " + c.code();
        }
        if (condition instanceof Condition.AnySelected c) {
            return c.itemId() + " is not empty";
        }
        return condition.itemId() + " is empty";
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
