package org.ramsc.prescreen.rules;

/**
 * The publications and registries the rules rest on, as listed in {@code rules.md}. Citations are
 * bibliographic and stay in English in every language.
 */
public enum Source {
    YANG_2025(
            "Yang Y et al. Stem Cell Res Ther 2025",
            "Yang Y, He X, Yao M, et al. Mesenchymal stem cells combined with IFN-γ treatment versus"
                    + " mesenchymal stem cells monotherapy: safety and efficacy over five years extension"
                    + " follow-up. Stem Cell Res Ther 2025;16:642.",
            "https://doi.org/10.1186/s13287-025-04772-x"),
    /*
     * The article for patients that reports Yang 2025 and lists whom the therapy may suit (criteria 1-4)
     * and answers common questions (FAQ 1: immunity, lung disease, past infections). Rules built on
     * that list cite it next to the paper. It names no address, so it has none here.
     */
    YANG_2025_ARTICLE(
            "Hangji Stem Cell article on Yang et al. 2025",
            "杭吉干細胞 (Hangji Stem Cell). Article for patients reporting Yang et al., Stem Cell Res Ther"
                    + " 2025;16:642: suitability list and questions and answers (in Chinese, 2025).",
            null),
    HE_2020(
            "He X et al. Ann Rheum Dis 2020",
            "He X, Yang Y, Yao M, et al. Combination of human umbilical cord mesenchymal (stem) stromal"
                    + " cell transplantation with IFN-γ treatment synergistically improves the clinical"
                    + " outcomes of patients with rheumatoid arthritis. Ann Rheum Dis 2020;79:1298–1304.",
            "https://doi.org/10.1136/annrheumdis-2020-217798"),
    NAGY_2021(
            "Nagy G et al. Ann Rheum Dis 2021",
            "Nagy G, Roodenrijs NMT, Welsing PMJ, et al. EULAR definition of difficult-to-treat"
                    + " rheumatoid arthritis. Ann Rheum Dis 2021;80:31–35.",
            "https://doi.org/10.1136/annrheumdis-2020-217344"),
    ALETAHA_2010(
            "Aletaha D et al. Ann Rheum Dis 2010",
            "Aletaha D, Neogi T, Silman AJ, et al. 2010 Rheumatoid arthritis classification criteria:"
                    + " an American College of Rheumatology/European League Against Rheumatism"
                    + " collaborative initiative. Ann Rheum Dis 2010;69:1580–1588.",
            "https://doi.org/10.1136/ard.2010.138461"),
    ALETAHA_SMOLEN_2007(
            "Aletaha D, Smolen JS. Best Pract Res Clin Rheumatol 2007",
            "Aletaha D, Smolen JS. The Simplified Disease Activity Index (SDAI) and Clinical Disease"
                    + " Activity Index (CDAI) to monitor patients in standard clinical care."
                    + " Best Pract Res Clin Rheumatol 2007;21:663–675.",
            "https://doi.org/10.1016/j.berh.2007.02.004"),
    DAS_SCORE_NL(
            "das-score.nl (Radboud University Nijmegen)",
            "DAS28 formulas and cut-offs. Department of Rheumatology, Radboud University Nijmegen"
                    + " Medical Centre: das-score.nl.",
            "https://www.das-score.nl"),
    HOCHBERG_1992(
            "Hochberg MC et al. Arthritis Rheum 1992",
            "Hochberg MC, Chang RW, Dwosh I, et al. The American College of Rheumatology 1991 revised"
                    + " criteria for the classification of global functional status in rheumatoid"
                    + " arthritis. Arthritis Rheum 1992;35:498–502.",
            "https://doi.org/10.1002/art.1780350502"),
    ALVARO_GRACIA_2017(
            "Álvaro-Gracia JM et al. Ann Rheum Dis 2017",
            "Álvaro-Gracia JM, Jover JA, García-Vicuña R, et al. Intravenous administration of expanded"
                    + " allogeneic adipose-derived mesenchymal stem cells in refractory rheumatoid"
                    + " arthritis (Cx611): results of a multicentre, dose escalation, randomised,"
                    + " single-blind, placebo-controlled phase Ib/IIa clinical trial."
                    + " Ann Rheum Dis 2017;76:196–202.",
            "https://doi.org/10.1136/annrheumdis-2015-208918"),
    STEINBROCKER_1949(
            "Steinbrocker O et al. JAMA 1949",
            "Steinbrocker O, Traeger CH, Batterman RC. Therapeutic criteria in rheumatoid arthritis."
                    + " JAMA 1949;140:659–662.",
            "https://doi.org/10.1001/jama.1949.02900430001001"),
    NCT01547091(
            "ClinicalTrials.gov NCT01547091",
            "Safety and Efficacy Study of Umbilical Cord-Derived Mesenchymal Stem Cells for"
                    + " Rheumatoid Arthritis. ClinicalTrials.gov NCT01547091 (eligibility criteria).",
            "https://clinicaltrials.gov/study/NCT01547091"),
    NCT03798028(
            "ClinicalTrials.gov NCT03798028",
            "The Safety and Effects of Mesenchymal Stem Cell (MSCs) in the Treatment of Rheumatoid"
                    + " Arthritis. ClinicalTrials.gov NCT03798028 (eligibility criteria).",
            "https://clinicaltrials.gov/study/NCT03798028"),
    NCT02643823(
            "ClinicalTrials.gov NCT02643823",
            "Human Umbilical Cord-Mesenchymal Stem Cells for Rheumatoid Arthritis."
                    + " ClinicalTrials.gov NCT02643823 (eligibility criteria).",
            "https://clinicaltrials.gov/study/NCT02643823");

    private final String label;
    private final String reference;
    private final String url;
    /** Joined once: it goes out with every evaluation, three or so per rule. */
    private final String citation;

    Source(String label, String reference, String url) {
        this.label = label;
        this.reference = reference;
        this.url = url;
        this.citation = url == null ? reference : reference + " " + url;
    }

    /** A short name for lists, e.g. "Nagy G et al. Ann Rheum Dis 2021". */
    public String label() {
        return label;
    }

    /** The bibliographic reference without its link. */
    public String reference() {
        return reference;
    }

    /** Where to read it: the DOI link or registry page; null when the source names no address. */
    public String url() {
        return url;
    }

    /** The full citation as shown under a rule: reference followed by its link. */
    public String citation() {
        return citation;
    }
}
