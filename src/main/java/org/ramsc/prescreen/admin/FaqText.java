package org.ramsc.prescreen.admin;

/** An FAQ entry's question and Markdown answer in one language. */
public record FaqText(String question, String answerMarkdown) {
}
