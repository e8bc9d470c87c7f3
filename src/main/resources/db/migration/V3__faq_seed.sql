-- The first FAQ entries, in English, simplified and traditional Chinese. Admins edit them later.
-- Facts come from Yang et al. 2025 (5-7-year follow-up), He et al. 2020 (1-year randomised trial),
-- the trial registries and the other sources of rules.md; every answer ends with its source line.
-- Texts are dollar-quoted ($md$) so that quotes and Markdown need no escaping.

INSERT INTO faq_entry (id, slug, position, published) VALUES
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'what-is-msc', 10, TRUE),
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'how-it-differs', 20, TRUE),
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'does-it-weaken-immunity', 30, TRUE),
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'how-long-does-it-last', 40, TRUE),
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'can-i-stop-medicines', 50, TRUE),
    ('b1afa389-e788-4830-aefc-018d390d7078', 'who-may-be-suitable', 60, TRUE),
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'what-is-ifn-gamma', 70, TRUE),
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'side-effects', 80, TRUE),
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'is-it-approved', 90, TRUE),
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'what-to-ask', 100, TRUE),
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'what-do-results-mean', 110, TRUE);

-- what-is-msc
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'en', $md$What are mesenchymal stem cells (MSCs)?$md$, $md$Mesenchymal stem cells, or MSCs, are cells found in places such as bone marrow, fat and the umbilical cord. In the studies described on this site, the cells came from umbilical cords and were given into a vein.

Researchers are studying MSCs for rheumatoid arthritis because of the way they seem to act on the immune system. Reports on the research say that MSCs:

- travel to inflamed joints;
- release substances that calm an overactive immune response;
- help the immune system find its balance again;
- may support the repair of damaged tissue.

MSC therapy for RA is still being studied. It is not yet a standard treatment, and it is not a cure.

*Sources: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); He X et al., Ann Rheum Dis 2020;79:1298–1304 ([doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)).*$md$),
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'zh-Hans', $md$什么是间充质干细胞（MSC）？$md$, $md$间充质干细胞（MSC）是存在于骨髓、脂肪、脐带等组织中的一类细胞。本网站介绍的研究中，所用的细胞来自脐带，通过静脉输注给患者。

研究人员关注 MSC 治疗类风湿关节炎，是因为它们似乎能作用于免疫系统。据有关研究的报道，MSC 可以：

- 到达发炎的关节；
- 释放一些物质，让过度活跃的免疫反应平静下来；
- 帮助免疫系统重新找回平衡；
- 可能有助于修复受损的组织。

MSC 治疗类风湿关节炎仍在研究中，目前还不是常规治疗，也不能根治。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）。*$md$),
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'zh-Hant', $md$什麼是間質幹細胞（MSC）？$md$, $md$間質幹細胞（MSC）是存在於骨髓、脂肪、臍帶等組織中的一種細胞。本網站介紹的研究，所用的細胞來自臍帶，以靜脈注射的方式給予病人。

研究人員之所以研究用 MSC 治療類風濕性關節炎，是因為它們似乎能影響免疫系統。根據研究的相關報導，MSC 可以：

- 移動到發炎的關節；
- 釋放一些物質，讓過度活躍的免疫反應緩和下來；
- 幫助免疫系統重新恢復平衡；
- 可能有助於修復受損的組織。

MSC 治療類風濕性關節炎仍在研究中，目前還不是標準治療，也無法根治。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）。*$md$);

-- how-it-differs
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'en', $md$How is MSC therapy different from immunosuppressants and biologics?$md$, $md$Most RA medicines, such as methotrexate, biologics and JAK inhibitors, work by holding the immune system back, either broadly or by blocking one signal. They help many people. For some, though, they do not work well enough, their effect fades over time, or side effects and a higher risk of infection become a problem.

MSC therapy follows a different idea. Instead of holding back the whole immune system, it aims to **rebalance** it, so that it stops attacking the joints.

This idea is still being tested. A different way of working does not mean that it is better or safer for you. Even after MSC therapy, most patients in the study still kept a basic RA medicine.

*Source: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'zh-Hans', $md$MSC 疗法和免疫抑制剂、生物制剂有什么不同？$md$, $md$大多数类风湿关节炎药物，例如甲氨蝶呤、生物制剂和 JAK 抑制剂，是通过压制免疫系统起作用的：有的广泛压制，有的只阻断某一个信号。它们对很多人有效。但也有人用药后效果不够好，或效果随时间减弱，或者受副作用和较高感染风险的困扰。

MSC 疗法的思路不同。它不是压制整个免疫系统，而是希望让免疫系统**恢复平衡**，不再攻击关节。

这个思路还在验证中。作用方式不同，并不代表它对您更好或更安全。在研究中，即使接受了 MSC 治疗，大多数患者仍保留了一种基础抗风湿药。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'zh-Hant', $md$MSC 療法和免疫抑制劑、生物製劑有什麼不同？$md$, $md$大多數類風濕性關節炎的藥物，例如 MTX（甲氨蝶呤）、生物製劑和 JAK 抑制劑，都是靠壓抑免疫系統來發揮作用：有的廣泛壓抑，有的只阻斷某一個訊號。它們對許多人有效。但有些人用了效果不夠好、效果隨時間變差，或是受到副作用和較高感染風險的困擾。

MSC 療法的想法不同。它不是壓抑整個免疫系統，而是希望讓免疫系統**恢復平衡**，不再攻擊關節。

這個想法還在驗證中。作用方式不同，不代表它對您更好或更安全。在研究中，即使接受了 MSC 治療，大多數病人仍繼續使用一種基礎的抗風濕藥物。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- does-it-weaken-immunity
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'en', $md$Does MSC therapy weaken my immune system?$md$, $md$In the long-term study, the overall rate of infections did not go up after MSC therapy. This fits the idea that MSCs adjust the immune system rather than hold all of it back.

Some changes were seen, though:

- The most common side effect was a drop in lymphocytes, a kind of white blood cell. It mostly happened in the first 4 weeks, was never severe, and was back to normal by week 8 to 12.
- Infections were among the most common serious side effects.

If you have a lung disease, or have had serious or repeated infections, your doctor needs to check this carefully before MSC therapy is considered.

*Source: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'zh-Hans', $md$MSC 治疗会降低我的免疫力吗？$md$, $md$在这项长期研究中，患者接受 MSC 治疗后，总体感染率没有上升。这与“MSC 调节免疫、而不是全面压制免疫”的看法一致。

不过，研究也观察到一些变化：

- 最常见的副作用是淋巴细胞（一种白细胞）减少。大多发生在治疗后 4 周内，都不严重，到第 8 至 12 周恢复正常。
- 感染是较常见的严重副作用之一。

如果您有肺部疾病，或以前有过严重或反复的感染，在考虑 MSC 治疗之前，需要医生仔细评估。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'zh-Hant', $md$MSC 治療會讓我的免疫力變差嗎？$md$, $md$在這項長期研究中，病人接受 MSC 治療後，整體感染率並沒有上升。這與「MSC 是調節免疫，而不是全面壓抑免疫」的看法一致。

不過，研究也觀察到一些變化：

- 最常見的副作用是淋巴球（一種白血球）減少。大多發生在治療後 4 週內，程度都不嚴重，到第 8 至 12 週就恢復正常。
- 感染是比較常見的嚴重副作用之一。

如果您有肺部疾病，或曾經有嚴重或反覆的感染，在考慮 MSC 治療之前，需要醫師仔細評估。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- how-long-does-it-last
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'en', $md$How long does the effect last?$md$, $md$The study followed patients for 5 to 7 years, 6 years on average. In the group given MSCs with IFN-γ, 89.3% still had at least a 20% improvement (ACR20) after 5 years. With MSCs alone, it was 44.9%. Some patients were still stable at the 7-year check.

Please keep in mind:

- The groups were small: 28 people had the combination and 69 had MSCs alone.
- Not everyone improved, and the effect differed from person to person.
- A review of other studies notes that results vary with the type of cells and how they are made, and that in some studies the effect became weaker after about 3 months.

Your rheumatologist can help you judge what this means for you.

*Sources: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); Wu S et al., Stem Cell Res Ther 2025;16:358 ([doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)).*$md$),
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'zh-Hans', $md$疗效能维持多久？$md$, $md$这项研究对患者随访了 5 到 7 年，平均 6 年。MSC 加干扰素-γ（IFN-γ）组中，5 年时仍有 89.3% 的患者保持至少 20% 的改善（ACR20）；单用 MSC 组为 44.9%。有些患者到第 7 年复查时，病情仍然稳定。

请注意：

- 各组人数不多：联合治疗组 28 人，单用 MSC 组 69 人。
- 并不是每个人都有改善，效果因人而异。
- 一篇综述指出，其他研究的结果会因细胞种类和制备方法不同而有差异；有些研究中，疗效在大约 3 个月后减弱。

这些结果对您意味着什么，可以请风湿科医生帮您判断。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Wu S 等，Stem Cell Res Ther 2025;16:358（[doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)）。*$md$),
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'zh-Hant', $md$效果可以維持多久？$md$, $md$這項研究追蹤病人 5 到 7 年，平均 6 年。MSC 加干擾素γ（IFN-γ）組在 5 年時，仍有 89.3% 的病人維持至少 20% 的改善（ACR20）；只用 MSC 組則是 44.9%。有些病人到第 7 年回診時，病情仍然穩定。

請留意：

- 各組人數不多：合併治療組 28 人，只用 MSC 組 69 人。
- 不是每個人都有改善，效果因人而異。
- 一篇回顧文章指出，其他研究的結果會因細胞種類和製備方式不同而有差異；有些研究中，效果在大約 3 個月後減弱。

這些結果對您代表什麼，可以請風濕科醫師幫您判斷。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Wu S 等，Stem Cell Res Ther 2025;16:358（[doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)）。*$md$);

-- can-i-stop-medicines
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'en', $md$Can I stop my other medicines after MSC therapy?$md$, $md$Perhaps you could take fewer of them, but usually not none. In the study:

- In both groups, fewer patients needed biologics or steroids (such as prednisone) as time went on.
- Steroid use came down most in the group given MSCs with IFN-γ.
- One patient in that group stayed in remission without any medicine for 5 years. This was one person, not the usual result.

Most patients still kept a basic RA medicine, such as methotrexate, to keep the disease under control.

**Please do not stop or lower any medicine on your own.** Whether, when and how to reduce a medicine is a decision for your rheumatologist, made for you personally.

*Source: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'zh-Hans', $md$MSC 治疗后，我能停掉其他药吗？$md$, $md$也许可以少用一些，但通常不能全部停掉。在这项研究中：

- 随着时间推移，两组中需要用生物制剂或激素（如泼尼松）的患者都减少了。
- MSC 加 IFN-γ 组的激素用量减少得最明显。
- 该组有 1 名患者在不用任何药物的情况下保持缓解 5 年。这只是一个人，并不是常见的结果。

大多数患者仍保留一种基础抗风湿药（例如甲氨蝶呤），以便稳住病情。

**请不要自行停药或减药**。是否减药、何时减、怎样减，应由风湿科医生根据您的具体情况决定。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'zh-Hant', $md$接受 MSC 治療後，我可以停掉其他藥物嗎？$md$, $md$也許可以少用一些藥，但通常無法全部停掉。在這項研究中：

- 隨著時間過去，兩組需要使用生物製劑或類固醇（例如 Prednisone）的病人都變少了。
- MSC 加 IFN-γ 組的類固醇用量減少得最明顯。
- 該組有 1 位病人在完全不用藥的情況下維持緩解 5 年。這只是一個人，並不是常見的結果。

大多數病人仍繼續使用一種基礎的抗風濕藥物（例如 MTX），讓病情保持穩定。

**請不要自行停藥或減藥**。要不要減藥、什麼時候減、怎麼減，應該由風濕科醫師依照您個人的狀況決定。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- who-may-be-suitable
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('b1afa389-e788-4830-aefc-018d390d7078', 'en', $md$Who may be suitable for MSC therapy?$md$, $md$Based on the study, the people who may be worth assessing for this therapy usually:

- have a confirmed diagnosis of RA that is active now;
- have tried standard RA medicines (such as methotrexate, biologics or steroids) that did not help enough or caused side effects;
- do not have severe, lasting damage to their joints;
- want to control their RA by rebalancing the immune system.

Clinical trials of MSCs in RA also set other limits. They usually took adults aged 18 to 70, and left out people with an infection at the time, cancer, a pregnancy, or some serious heart, liver or kidney problems.

This questionnaire helps you prepare for a talk with your rheumatologist. Only your rheumatologist can judge whether this therapy could be right for you.

*Sources: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); ClinicalTrials.gov [NCT01547091](https://clinicaltrials.gov/study/NCT01547091), [NCT03798028](https://clinicaltrials.gov/study/NCT03798028), [NCT02643823](https://clinicaltrials.gov/study/NCT02643823).*$md$),
    ('b1afa389-e788-4830-aefc-018d390d7078', 'zh-Hans', $md$哪些人可能适合考虑 MSC 疗法？$md$, $md$根据这项研究，值得评估是否考虑这种疗法的人，通常：

- 已确诊类风湿关节炎，而且目前病情处于活动期；
- 用过常规抗风湿药（如甲氨蝶呤、生物制剂或激素），效果不够好，或副作用难以承受；
- 关节还没有严重的、不可逆的损坏；
- 希望从调节免疫的角度控制病情。

MSC 治疗类风湿关节炎的临床试验还有其他限制：通常只纳入 18 到 70 岁的成年人，不纳入正在感染、患有癌症、怀孕，或有某些严重心脏、肝脏、肾脏问题的人。

这份问卷帮您为和风湿科医生的谈话做准备。这种疗法是否适合您，只有您的风湿科医生才能判断。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；ClinicalTrials.gov 临床试验登记 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)。*$md$),
    ('b1afa389-e788-4830-aefc-018d390d7078', 'zh-Hant', $md$哪些人可能適合考慮 MSC 療法？$md$, $md$根據這項研究，值得評估是否考慮這種療法的人，通常：

- 已經確診類風濕性關節炎，而且目前疾病活躍；
- 用過常規的抗風濕藥物（例如 MTX、生物製劑或類固醇），效果不夠好，或副作用讓人難以承受；
- 關節還沒有嚴重、無法恢復的破壞；
- 希望從調節免疫的方向來控制病情。

MSC 治療類風濕性關節炎的臨床試驗還有其他條件：通常只收 18 到 70 歲的成人，不收正在感染、患有癌症、懷孕，或有某些嚴重心臟、肝臟、腎臟問題的人。

這份問卷能幫您準備和風濕科醫師的討論。這種療法是否適合您，只有您的風濕科醫師才能判斷。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；ClinicalTrials.gov 臨床試驗登錄 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)。*$md$);

-- what-is-ifn-gamma
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'en', $md$What is IFN-γ, and why is it given with MSCs?$md$, $md$IFN-γ (interferon gamma) is a messenger protein that the immune system makes itself. In this research it is used to "switch on" the MSCs in advance, so that they are better at calming the immune system.

The results so far favour the combination:

- In the 1-year randomised trial, 93.3% of patients given MSCs with IFN-γ reached ACR20 (at least 20% better) at 12 months, compared with 50.0% of those given MSCs alone.
- In the long-term follow-up, the combination group also did better at 5 years.
- Side effects were about as common in both groups.

These results come from research teams in Chongqing, China, and from small numbers of patients. More studies are needed.

*Sources: He X et al., Ann Rheum Dis 2020;79:1298–1304 ([doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'zh-Hans', $md$什么是干扰素-γ（IFN-γ）？为什么和 MSC 一起使用？$md$, $md$干扰素-γ（IFN-γ）是人体免疫系统自己会产生的一种信号蛋白。在这项研究中，用它提前“激活” MSC，使 MSC 更善于让免疫系统平静下来。

到目前为止，结果对联合治疗有利：

- 在为期 1 年的随机对照试验中，12 个月时，MSC 加 IFN-γ 组有 93.3% 的患者达到 ACR20（至少改善 20%），单用 MSC 组为 50.0%。
- 在长期随访中，联合治疗组 5 年时的效果也更好。
- 两组副作用的发生率差不多。

这些结果来自中国重庆的研究团队，患者人数也不多，还需要更多研究来证实。

*来源：He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'zh-Hant', $md$什麼是干擾素γ（IFN-γ）？為什麼要和 MSC 一起使用？$md$, $md$干擾素γ（IFN-γ）是人體免疫系統本身就會製造的一種訊號蛋白。在這項研究中，用它事先「啟動」MSC，讓 MSC 更能使免疫系統緩和下來。

到目前為止，結果對合併治療較有利：

- 在為期 1 年的隨機對照試驗中，12 個月時，MSC 加 IFN-γ 組有 93.3% 的病人達到 ACR20（至少改善 20%），只用 MSC 組則為 50.0%。
- 在長期追蹤中，合併治療組 5 年時的效果也比較好。
- 兩組副作用的發生率差不多。

這些結果來自中國重慶的研究團隊，病人人數也不多，還需要更多研究來證實。

*資料來源：He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- side-effects
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'en', $md$What side effects were seen?$md$, $md$In the 5- to 7-year follow-up:

- **Any side effect:** about equally common in both groups, with 36.17 events per 100 patient-years with MSCs alone and 35.86 with MSCs plus IFN-γ. "Per 100 patient-years" means for every 100 people followed for one year.
- **Most common:** a drop in lymphocytes (a kind of white blood cell) and COVID-19. The lymphocyte drop came mostly in the first 4 weeks, was never severe, and was back to normal by week 8 to 12.
- **Serious side effects:** 8 patients (7.3%) had at least one, a rate of 2.47 per 100 patient-years with MSCs alone and 2.31 with the combination. The most common were autoimmune problems and infections.
- **Not seen:** graft-versus-host disease (donor cells attacking the body), deaths, or unusual types or clusters of cancer.

Routine blood tests, liver and kidney tests, chest X-rays, urine tests and heart tracings (ECG) showed no clear problems.

*Source: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'zh-Hans', $md$研究中出现了哪些副作用？$md$, $md$在 5 到 7 年的随访中：

- **任何副作用**：两组差不多，单用 MSC 组每 100 人年 36.17 次，MSC 加 IFN-γ 组 35.86 次。“每 100 人年”指每 100 人随访 1 年。
- **最常见的**：淋巴细胞（一种白细胞）减少和新冠病毒感染。淋巴细胞减少大多出现在治疗后 4 周内，都不严重，到第 8 至 12 周恢复正常。
- **严重副作用**：8 名患者（7.3%）至少发生过一次，单用 MSC 组每 100 人年 2.47 次，联合治疗组 2.31 次。最常见的是自身免疫方面的问题和感染。
- **没有出现**：移植物抗宿主病（供者细胞攻击身体）、死亡，也没有异常类型或成群出现的癌症。

血常规、肝肾功能、胸部 X 光、尿常规和心电图检查，都没有发现明显异常。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'zh-Hant', $md$研究中出現了哪些副作用？$md$, $md$在 5 到 7 年的追蹤中：

- **任何副作用**：兩組差不多，只用 MSC 組為每 100 人年 36.17 次，MSC 加 IFN-γ 組為 35.86 次。「每 100 人年」是指每 100 人追蹤 1 年。
- **最常見**：淋巴球（一種白血球）減少和 COVID-19（新冠肺炎）。淋巴球減少大多在治療後 4 週內出現，程度都不嚴重，到第 8 至 12 週就恢復正常。
- **嚴重副作用**：8 位病人（7.3%）至少發生過一次，只用 MSC 組為每 100 人年 2.47 次，合併治療組為 2.31 次。最常見的是自體免疫方面的問題和感染。
- **沒有出現**：移植物抗宿主病（捐贈者的細胞攻擊身體）、死亡，也沒有不尋常類型或集中出現的癌症。

一般血液檢查、肝腎功能、胸部 X 光、尿液檢查和心電圖，都沒有發現明顯異常。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- is-it-approved
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'en', $md$Is MSC therapy for RA an approved treatment?$md$, $md$MSC therapy for rheumatoid arthritis is still being studied. It is an investigational treatment, not yet a standard one.

At present it is offered within clinical trials and other research settings. The results so far come from fairly small studies. More research is needed to confirm how well it works and how safe it is over many years.

What is on offer differs from place to place. Your rheumatologist can tell you what is available where you live, and whether there is a clinical trial you might join.

If someone offers you MSC therapy outside a study, please talk to your rheumatologist before you decide.

*Sources: ClinicalTrials.gov [NCT01547091](https://clinicaltrials.gov/study/NCT01547091), [NCT03798028](https://clinicaltrials.gov/study/NCT03798028), [NCT02643823](https://clinicaltrials.gov/study/NCT02643823); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'zh-Hans', $md$MSC 治疗类风湿关节炎是已获批准的治疗吗？$md$, $md$MSC 治疗类风湿关节炎仍在研究中，属于试验性治疗，还不是常规治疗。

目前它主要在临床试验和其他研究项目中提供。到现在为止的结果都来自规模不大的研究，还需要更多研究来确认它的效果，以及多年以后的安全性。

各地能提供的情况不一样。您的风湿科医生可以告诉您，在您所在的地方有哪些选择，以及有没有您可以参加的临床试验。

如果有人在研究之外向您提供 MSC 治疗，请先和风湿科医生商量，再做决定。

*来源：ClinicalTrials.gov 临床试验登记 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'zh-Hant', $md$間質幹細胞治療類風濕性關節炎是已核准的治療嗎？$md$, $md$MSC 治療類風濕性關節炎仍在研究中，屬於試驗性的治療，還不是標準治療。

目前它主要在臨床試驗和其他研究計畫中提供。到現在為止的結果都來自規模不大的研究，還需要更多研究，才能確認它的效果，以及多年以後的安全性。

各地能提供的情況不同。您的風濕科醫師可以告訴您，在您居住的地方有哪些選擇，以及有沒有您可以參加的臨床試驗。

如果有人在研究以外提供您 MSC 治療，請先和風濕科醫師討論，再做決定。

*資料來源：ClinicalTrials.gov 臨床試驗登錄 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- what-to-ask
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'en', $md$What should I ask my rheumatologist?$md$, $md$Take your result from this questionnaire with you. These questions may help:

- Is my RA active now? How do you measure it?
- Have I taken the standard medicines long enough? Are there options I have not tried yet?
- Do my joints show lasting damage on an X-ray?
- Do my lungs, past infections or other illnesses matter here?
- Is there a clinical trial of MSC therapy that I could take part in, and where?
- What would it involve: visits, tests and any costs?
- Which of my medicines would I keep taking?
- What are the known risks, and what is still unknown?

It can help to write your questions down and to bring a family member or a friend.

*Sources: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); Nagy G et al., Ann Rheum Dis 2021;80:31–35 ([doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)).*$md$),
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'zh-Hans', $md$我应该问风湿科医生哪些问题？$md$, $md$去看医生时，请带上这份问卷的结果。下面这些问题可以参考：

- 我的类风湿关节炎现在活动吗？您是怎么判断的？
- 常规药物我用得够久了吗？还有没有我没试过的选择？
- X 光片上能看到关节有长期的损坏吗？
- 我的肺、以前的感染或其他疾病，会有影响吗？
- 有没有我可以参加的 MSC 临床试验？在哪里？
- 需要做些什么：要去几次、做哪些检查、有没有费用？
- 哪些药我还要继续用？
- 已知的风险有哪些？还有哪些是未知的？

先把问题写下来，并请家人或朋友陪您一起去，会有帮助。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Nagy G 等，Ann Rheum Dis 2021;80:31–35（[doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)）。*$md$),
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'zh-Hant', $md$我應該問風濕科醫師哪些問題？$md$, $md$看診時，請帶著這份問卷的結果。下面這些問題可以參考：

- 我的類風濕性關節炎現在活躍嗎？醫師是怎麼判斷的？
- 常規藥物我用得夠久了嗎？還有沒有我還沒試過的選擇？
- X 光上看得到關節有長期的損傷嗎？
- 我的肺、以前的感染或其他疾病，會有影響嗎？
- 有沒有我可以參加的 MSC 臨床試驗？在哪裡？
- 需要做哪些事：回診幾次、做哪些檢查、有沒有費用？
- 哪些藥我還要繼續吃？
- 已知的風險有哪些？還有哪些是未知的？

先把問題寫下來，並請家人或朋友陪您一起去，會很有幫助。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Nagy G 等，Ann Rheum Dis 2021;80:31–35（[doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)）。*$md$);

-- what-do-results-mean
INSERT INTO faq_translation (entry_id, lang, question, answer_markdown) VALUES
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'en', $md$What do ACR20, low disease activity and remission mean?$md$, $md$Studies use fixed measures to describe how much RA has improved:

- **ACR20** means at least 20% better: fewer painful and swollen joints, and at least 20% better in three of five other measures, such as pain, daily function or a blood test.
- **DAS28** is a score from 0 to 10 built from painful and swollen joints, a blood test (ESR or CRP) and your own rating. Above 5.1 means high activity, 3.2 or less low activity, and below 2.6 counts as remission.
- **Low disease activity** means the arthritis is mild.
- **Remission** is the strictest goal: almost no signs of active disease.

In the long-term study, 25% of patients given MSCs with IFN-γ were in remission at 3 years and at 5 years, compared with 1.4% and 2.9% of those given MSCs alone.

*Sources: Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); DAS28 cut-offs: [das-score.nl](https://www.das-score.nl/) (Radboud University Nijmegen).*$md$),
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'zh-Hans', $md$ACR20、低疾病活动度和临床缓解是什么意思？$md$, $md$研究用固定的指标来描述类风湿关节炎改善了多少：

- **ACR20**：至少改善 20%，即压痛和肿胀的关节减少，并且在疼痛、日常活动能力、验血结果等五项指标中，至少有三项改善 20% 以上。
- **DAS28**：0 到 10 分的评分，根据压痛和肿胀的关节数、一项验血结果（血沉或 C 反应蛋白）和您自己的评价计算。高于 5.1 为高度活动，3.2 及以下为低度活动，低于 2.6 为缓解。
- **低疾病活动度**：病情较轻。
- **临床缓解**：最严格的目标，几乎没有病情活动的迹象。

在这项长期研究中，MSC 加 IFN-γ 组在第 3 年和第 5 年各有 25% 的患者达到临床缓解，单用 MSC 组分别为 1.4% 和 2.9%。

*来源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；DAS28 分界值：[das-score.nl](https://www.das-score.nl/)（Radboud University Nijmegen）。*$md$),
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'zh-Hant', $md$ACR20、低疾病活動度和臨床緩解是什麼意思？$md$, $md$研究會用固定的指標，來描述類風濕性關節炎改善了多少：

- **ACR20**：至少改善 20%，也就是壓痛和腫脹的關節變少，而且在疼痛、日常活動能力、抽血檢查等五項指標中，至少有三項改善 20% 以上。
- **DAS28**：0 到 10 分的分數，根據壓痛和腫脹的關節數、一項抽血結果（紅血球沉降速率或 C 反應蛋白）和您自己的評估計算。高於 5.1 為高度活躍，3.2 以下為低度活躍，低於 2.6 為緩解。
- **低疾病活動度**：病情輕微。
- **臨床緩解**：最嚴格的目標，幾乎沒有疾病活躍的跡象。

在這項長期研究中，MSC 加 IFN-γ 組在第 3 年和第 5 年各有 25% 的病人達到臨床緩解，只用 MSC 組則分別為 1.4% 和 2.9%。

*資料來源：Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；DAS28 分界值：[das-score.nl](https://www.das-score.nl/)（Radboud University Nijmegen）。*$md$);
