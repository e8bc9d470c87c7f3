-- Issue 13: the seeded FAQ says exactly what its sources say, in natural Simplified and Traditional
-- Chinese: adverse events instead of "side effects", the long-term figures "as reported by" the article
-- for patients next to the paper, no route of giving the cells where the sources give none, the
-- review's "usually" for the effect weakening after about 3 months, the real ACR20 definition (Felson
-- 1995), the NMPA trial permission of 28 Sept 2025, the full list of what the questionnaire checks,
-- Taiwan terms in zh-Hant; and a new entry on finding a trial.
--
-- Admins' edits survive: a translation is replaced only while it still holds exactly the text V3
-- seeded (compared by md5 of question, newline, answer) AND no admin has ever saved a revision of it
-- (a saved revision is a draft or a published edit: both are the admin's, and publishing it later
-- must not be overtaken by this migration). Everything else is left as it is.

CREATE TEMPORARY TABLE faq_v50_text (
    entry_id        UUID NOT NULL,
    lang            TEXT NOT NULL,
    seeded_md5      TEXT,
    question        TEXT NOT NULL,
    answer_markdown TEXT NOT NULL
) ON COMMIT DROP;

-- what-is-msc
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'en', '88064504f487974149c05f3ffb4ba6b5', $md$What are mesenchymal stem cells (MSCs)?$md$, $md$Mesenchymal stem cells, or MSCs, are cells found in places such as bone marrow, fat and the umbilical cord. In an earlier trial by the research group whose results this site describes (He et al. 2020), the cells came from umbilical cords.

How the cells are given differs between studies. Reports on other trials mention drips into a vein and injections into a joint. The reports we use do not say which way was used in the long-term study.

Researchers are studying MSCs for rheumatoid arthritis (RA) because of the way they seem to act on the immune system. The article for patients about the long-term study says that MSCs:

- travel to inflamed joints;
- release substances that calm an overactive immune response;
- may help the immune system find its balance again;
- may support the repair of damaged tissue.

MSC therapy for RA is still being studied. It is not yet a standard treatment, and it is not a cure.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Hangji Stem Cell (杭吉干细胞), overview of 2025 stem cell research in RA (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); He X et al., Ann Rheum Dis 2020;79:1298–1304 ([doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)).*$md$),
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'zh-Hans', '18b0794a8aa217841fd843dd18b03409', $md$什么是间充质干细胞（MSC）？$md$, $md$间充质干细胞（MSC）是存在于骨髓、脂肪、脐带等组织中的一类细胞。本网站介绍的是一个研究团队的结果；这个团队更早的一项试验（He 等 2020）用的是来自脐带的细胞。

不同研究给细胞的方式不一样。关于其他试验的报道，提到过静脉输注，也提到过关节腔内注射。我们参考的资料没有说明这项长期研究用的是哪种方式。

研究人员关注用 MSC 治疗类风湿关节炎，是因为它们似乎能作用于免疫系统。介绍这项长期研究的科普文章说，MSC：

- 会移动到发炎的关节；
- 会释放一些物质，让过度活跃的免疫反应平静下来；
- 可能帮助免疫系统重新找回平衡；
- 可能有助于修复受损的组织。

MSC 治疗类风湿关节炎仍在研究中，目前还不是常规治疗，也不能根治。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；杭吉干细胞《2025年1-12月干细胞治疗类风湿关节炎临床进展汇总》；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）。*$md$),
    ('880a1eca-3bb2-4e3f-8a95-f0c53b169109', 'zh-Hant', 'e4305c908665a6cc41bc8a1306563383', $md$什麼是間質幹細胞（MSC）？$md$, $md$間質幹細胞（MSC）是存在於骨髓、脂肪、臍帶等組織中的一種細胞。本網站介紹的是一個研究團隊的結果；這個團隊更早的一項試驗（He 等 2020）用的是來自臍帶的細胞。

不同研究給予細胞的方式不一樣。關於其他試驗的報導，提到過靜脈注射，也提到過關節腔內注射。我們參考的資料沒有說明這項長期研究用的是哪種方式。

研究人員之所以研究用 MSC 治療類風濕性關節炎，是因為它們似乎能影響免疫系統。介紹這項長期研究的衛教文章說，MSC：

- 會移動到發炎的關節；
- 會釋放一些物質，讓過度活躍的免疫反應緩和下來；
- 可能幫助免疫系統重新恢復平衡；
- 可能有助於修復受損的組織。

MSC 治療類風濕性關節炎仍在研究中，目前還不是標準治療，也無法根治。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；杭吉干細胞整理的 2025 年幹細胞治療類風濕性關節炎進展（簡體中文文章）；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）。*$md$);

-- how-it-differs
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'en', 'f2b2176fda5eb1ee599d82ab282c8606', $md$How is MSC therapy different from immunosuppressants and biologics?$md$, $md$Most medicines for rheumatoid arthritis (RA), such as methotrexate, biologics and JAK inhibitors, work by holding the immune system back, either broadly or by blocking one signal. They help many people. For some, though, they do not work well enough, their effect fades over time, or side effects and a higher risk of infection become a problem.

Mesenchymal stem cell (MSC) therapy follows a different idea. Instead of holding back the whole immune system, it aims to **rebalance** it, so that it stops attacking the joints.

This idea is still being tested. A different way of working does not mean that it is better or safer for you. The article for patients about the long-term study says that most patients still need a basic RA medicine after MSC therapy.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'zh-Hans', '1f6c87a34db6c0e78bf2e70fd2a416cd', $md$MSC 疗法和免疫抑制剂、生物制剂有什么不同？$md$, $md$大多数治疗类风湿关节炎的药物，例如甲氨蝶呤、生物制剂和 JAK 抑制剂，是通过压制免疫系统起作用的：有的广泛压制，有的只阻断某一个信号。它们对很多人有效。但也有人用药后效果不够好，或效果随时间减弱，或者受副作用和较高感染风险的困扰。

间充质干细胞（MSC）疗法的思路不同。它不是压制整个免疫系统，而是希望让免疫系统**恢复平衡**，不再攻击关节。

这个思路还在验证中。作用方式不同，并不代表它对您更好或更安全。介绍这项长期研究的科普文章说，接受 MSC 治疗后，多数患者仍需要一种基础抗风湿药。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('d5a596ec-009d-4a88-81a7-7541da283e3b', 'zh-Hant', '43af47845b4d41a04f7dac6bde662e17', $md$MSC 療法和免疫抑制劑、生物製劑有什麼不同？$md$, $md$大多數治療類風濕性關節炎的藥物，例如胺甲葉酸（MTX）、生物製劑和 JAK 抑制劑，都是靠壓抑免疫系統來發揮作用：有的廣泛壓抑，有的只阻斷某一個訊號。它們對許多人有效。但有些人用了效果不夠好、效果隨時間變差，或是受到副作用和較高感染風險的困擾。

間質幹細胞（MSC）療法的想法不同。它不是壓抑整個免疫系統，而是希望讓免疫系統**恢復平衡**，不再攻擊關節。

這個想法還在驗證中。作用方式不同，不代表它對您更好或更安全。介紹這項長期研究的衛教文章說，接受 MSC 治療後，多數病人仍需要一種基礎的抗風濕藥物。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- does-it-weaken-immunity
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'en', '354956cdf4c9e67f895385fd6d29ae91', $md$Does MSC therapy weaken my immune system?$md$, $md$The article for patients about the long-term study says that no rise in the overall rate of infections was seen after mesenchymal stem cell (MSC) therapy. It explains this by MSCs adjusting the immune system rather than holding all of it back.

Some changes were seen, though. An adverse event is any health problem that happened during the study, whether or not the treatment caused it.

- The most common adverse event was a drop in lymphocytes, a kind of white blood cell. It mostly happened in the first 4 weeks, was never severe, and was back to normal by week 8 to 12.
- Infections were among the most common serious adverse events.

The article adds that people with a lung disease, or with past infections, need a careful assessment by their doctor before MSC therapy is considered.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'zh-Hans', '42d8266672f59ff67226d066e491f440', $md$MSC 治疗会降低我的免疫力吗？$md$, $md$介绍这项长期研究的科普文章说，患者接受间充质干细胞（MSC）治疗后，没有观察到总体感染率上升。文章的解释是：MSC 调节免疫，而不是全面压制免疫。

不过，研究也观察到一些变化。不良事件是指研究期间发生的任何健康问题，不论是否由治疗引起。

- 最常见的不良事件是淋巴细胞（一种白细胞）减少。大多发生在治疗后 4 周内，都不严重，到第 8 至 12 周恢复正常。
- 感染是较常见的严重不良事件之一。

文章还提到，有肺部疾病或以前有过感染的人，在考虑 MSC 治疗之前，需要医生仔细评估。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('887e1fdd-99a5-40ea-b666-8cf64af5b22a', 'zh-Hant', '70c397d4df186c1a01c4ec665632c3d3', $md$MSC 治療會讓我的免疫力變差嗎？$md$, $md$介紹這項長期研究的衛教文章說，病人接受間質幹細胞（MSC）治療後，沒有觀察到整體感染率上升。文章的解釋是：MSC 是調節免疫，而不是全面壓抑免疫。

不過，研究也觀察到一些變化。不良事件是指研究期間發生的任何健康問題，不論是否由治療造成。

- 最常見的不良事件是淋巴球（一種白血球）減少。大多發生在治療後 4 週內，程度都不嚴重，到第 8 至 12 週就恢復正常。
- 感染是比較常見的嚴重不良事件之一。

文章也提到，有肺部疾病或曾經感染過的人，在考慮 MSC 治療之前，需要醫師仔細評估。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- how-long-does-it-last
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'en', '2f250b67e3a78d16fb9deafa21c9d7f7', $md$How long does the effect last?$md$, $md$As reported by the article for patients about the long-term study (Yang et al. 2025), patients were followed for 5 to 7 years, 6 years on average. In the group given mesenchymal stem cells (MSCs) with interferon gamma (IFN-γ), 89.3% still had at least a 20% improvement (ACR20) after 5 years. With MSCs alone, it was 44.9%. Some patients were still stable at the 7-year check.

Please keep in mind:

- The groups were small: 28 people had the combination and 69 had MSCs alone.
- Not everyone improved, and the effect differed from person to person.
- A review of other studies (Wu et al. 2025) notes that results vary with the type of cells and how they are made, and that the effect usually becomes weaker after about 3 months.

Your rheumatologist can help you judge what this means for you.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); Hangji Stem Cell (杭吉干细胞), overview of 2025 stem cell research in RA (in Chinese); Wu S et al., Stem Cell Res Ther 2025;16:358 ([doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)).*$md$),
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'zh-Hans', 'bb68f25bbf0c5ecc3f2df0add5d86303', $md$疗效能维持多久？$md$, $md$据介绍这项长期研究（Yang 等 2025）的科普文章报道，患者被随访了 5 到 7 年，平均 6 年。间充质干细胞（MSC）加干扰素-γ（IFN-γ）组中，5 年时仍有 89.3% 的患者保持至少 20% 的改善（ACR20）；单用 MSC 组为 44.9%。有些患者到第 7 年复查时，病情仍然稳定。

请注意：

- 各组人数不多：联合治疗组 28 人，单用 MSC 组 69 人。
- 并不是每个人都有改善，效果因人而异。
- 一篇综述（Wu 等 2025）指出，其他研究的结果会因细胞种类和制备方法不同而有差异，而且通常在大约 3 个月后会观察到疗效减弱。

这些结果对您意味着什么，可以请风湿免疫科医生帮您判断。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；杭吉干细胞《2025年1-12月干细胞治疗类风湿关节炎临床进展汇总》；Wu S 等，Stem Cell Res Ther 2025;16:358（[doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)）。*$md$),
    ('781cd125-269a-46d0-b924-cfabb74f6bb3', 'zh-Hant', '31e652a00db3de1bda35fe09fc587b66', $md$效果可以維持多久？$md$, $md$根據介紹這項長期研究（Yang 等 2025）的衛教文章報導，病人被追蹤了 5 到 7 年，平均 6 年。間質幹細胞（MSC）加干擾素γ（IFN-γ）組在 5 年時，仍有 89.3% 的病人維持至少 20% 的改善（ACR20）；只用 MSC 組則是 44.9%。有些病人到第 7 年回診時，病情仍然穩定。

請留意：

- 各組人數不多：合併治療組 28 人，只用 MSC 組 69 人。
- 不是每個人都有改善，效果因人而異。
- 一篇回顧文章（Wu 等 2025）指出，其他研究的結果會因細胞種類和製備方式不同而有差異，而且通常在大約 3 個月後會觀察到效果減弱。

這些結果對您代表什麼，可以請風濕免疫科醫師幫您判斷。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；杭吉干細胞整理的 2025 年幹細胞治療類風濕性關節炎進展（簡體中文文章）；Wu S 等，Stem Cell Res Ther 2025;16:358（[doi:10.1186/s13287-025-04515-y](https://doi.org/10.1186/s13287-025-04515-y)）。*$md$);

-- can-i-stop-medicines
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'en', '9e4883150bdeb08d527f9bb85151b526', $md$Can I stop my other medicines after MSC therapy?$md$, $md$Perhaps you could take fewer of them, but usually not none. As reported by the article for patients about the long-term study (Yang et al. 2025):

- In both groups, fewer patients needed biologics or steroids (such as prednisone) as time went on.
- Steroid use came down most in the group given mesenchymal stem cells (MSCs) with interferon gamma (IFN-γ).
- One patient in that group stayed in remission without any medicine for 5 years. This was one person, not the usual result.

The article says that most patients still need a basic medicine for rheumatoid arthritis, such as methotrexate, to keep the disease under control.

**Please do not stop or lower any medicine on your own.** Whether, when and how to reduce a medicine is a decision for your rheumatologist, made for you personally.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'zh-Hans', 'c7d9214ff5e2588c3e06b5befec550d0', $md$MSC 治疗后，我能停掉其他药吗？$md$, $md$也许可以少用一些，但通常不能全部停掉。据介绍这项长期研究（Yang 等 2025）的科普文章报道：

- 随着时间推移，两组中需要用生物制剂或激素（如泼尼松）的患者都减少了。
- 间充质干细胞（MSC）加干扰素-γ（IFN-γ）组的激素用量减少得最明显。
- 该组有 1 名患者在不用任何药物的情况下保持缓解 5 年。这只是一个人，并不是常见的结果。

文章说，多数患者仍需要一种基础抗风湿药（例如甲氨蝶呤），以便稳住病情。

**请不要自行停药或减药**。是否减药、何时减、怎样减，应由风湿免疫科医生根据您的具体情况决定。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('9bc4052b-dfc4-48f9-9a58-e9116a5f44f6', 'zh-Hant', '6f6ed6456294de6559876a692af8dea7', $md$接受 MSC 治療後，我可以停掉其他藥物嗎？$md$, $md$也許可以少用一些藥，但通常無法全部停掉。根據介紹這項長期研究（Yang 等 2025）的衛教文章報導：

- 隨著時間過去，兩組需要使用生物製劑或類固醇（例如潑尼松 prednisone）的病人都變少了。
- 間質幹細胞（MSC）加干擾素γ（IFN-γ）組的類固醇用量減少得最明顯。
- 該組有 1 位病人在完全不用藥的情況下維持緩解 5 年。這只是一個人，並不是常見的結果。

文章說，多數病人仍需要一種基礎的抗風濕藥物（例如胺甲葉酸 MTX），讓病情保持穩定。

**請不要自行停藥或減藥**。要不要減藥、什麼時候減、怎麼減，應該由風濕免疫科醫師依照您個人的狀況決定。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- who-may-be-suitable
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('b1afa389-e788-4830-aefc-018d390d7078', 'en', '0ff09b2aa656a562099500ec36823cfc', $md$Who may be suitable for MSC therapy?$md$, $md$The article for patients about the long-term study lists people who may be worth assessing. They usually:

- have rheumatoid arthritis (RA) that a doctor confirmed and that is active now;
- tried standard medicines (methotrexate, biologics or steroids) that did not help enough or could not be tolerated;
- have no severe structural damage to their joints;
- want to control RA by rebalancing the immune system.

Trials of mesenchymal stem cells (MSCs) in RA set other limits. Those this questionnaire follows took adults aged 18 to 70, and left out or first checked people with:

- an infection now, tuberculosis, hepatitis B or C, or HIV: treatment waits, or a doctor tests first;
- a long-term lung disease: trials differ, so a doctor assesses it;
- another autoimmune disease, such as lupus: trials set limits;
- a steroid dose above 10 mg a day: one trial allowed at most 10 mg;
- cancer, a pregnancy, or serious heart, liver or kidney problems.

Only your rheumatologist can judge whether this therapy could be right for you.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); ClinicalTrials.gov [NCT01547091](https://clinicaltrials.gov/study/NCT01547091), [NCT03798028](https://clinicaltrials.gov/study/NCT03798028), [NCT02643823](https://clinicaltrials.gov/study/NCT02643823).*$md$),
    ('b1afa389-e788-4830-aefc-018d390d7078', 'zh-Hans', '4d9cba15b67ab6130d17763c5b2e490d', $md$哪些人可能适合考虑 MSC 疗法？$md$, $md$介绍这项长期研究的科普文章列出了值得评估的人群。他们通常：

- 经医生确诊为类风湿关节炎，而且目前病情处于活动期；
- 用过常规抗风湿药（甲氨蝶呤、生物制剂或激素），效果不够好，或无法耐受；
- 关节没有严重的结构性破坏；
- 希望从调节免疫的角度控制病情。

间充质干细胞（MSC）治疗类风湿关节炎的临床试验还有其他限制。本问卷参照的试验只纳入 18 到 70 岁的成年人。遇到下面这些情况，试验不纳入，或要求先检查、先处理：

- 正在感染，或有结核、乙肝、丙肝、艾滋病病毒（HIV）感染：要等感染处理好，或由医生先做化验；
- 慢性肺病：各项试验的做法不同，需要医生评估；
- 其他自身免疫病（例如红斑狼疮）：试验对此有限制；
- 激素剂量每天超过 10 毫克：一项试验最多只允许每天 10 毫克；
- 癌症、怀孕，或严重的心脏、肝脏、肾脏问题。

这种疗法是否适合您，只有您的风湿免疫科医生才能判断。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；ClinicalTrials.gov 临床试验登记 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)。*$md$),
    ('b1afa389-e788-4830-aefc-018d390d7078', 'zh-Hant', 'd052ce2f9a3348b83cc5d078591c8140', $md$哪些人可能適合考慮 MSC 療法？$md$, $md$介紹這項長期研究的衛教文章列出了值得評估的人。他們通常：

- 經醫師確診為類風濕性關節炎，而且目前疾病活躍；
- 用過傳統的抗風濕藥物（胺甲葉酸、生物製劑或類固醇），效果不夠好，或無法耐受；
- 關節沒有嚴重的結構性破壞；
- 希望從調節免疫的方向來控制病情。

間質幹細胞（MSC）治療類風濕性關節炎的臨床試驗還有其他條件。本問卷參照的試驗只收 18 到 70 歲的成人。遇到下面這些情況，試驗不收，或要求先檢查、先處理：

- 正在感染，或有結核病、B 型或 C 型肝炎、愛滋病毒（HIV）感染：要等感染處理好，或由醫師先安排檢驗；
- 慢性肺病：各項試驗的做法不同，需要醫師評估；
- 其他自體免疫疾病（例如紅斑性狼瘡）：試驗對此有限制；
- 類固醇劑量每天超過 10 毫克：一項試驗最多只允許每天 10 毫克；
- 癌症、懷孕，或嚴重的心臟、肝臟、腎臟問題。

這種療法是否適合您，只有您的風濕免疫科醫師才能判斷。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；ClinicalTrials.gov 臨床試驗登錄 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)。*$md$);

-- what-is-ifn-gamma
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'en', 'fe6576add15fd2207a000489711d2f3d', $md$What is IFN-γ, and why is it given with MSCs?$md$, $md$IFN-γ (interferon gamma) is a messenger protein that the immune system makes itself. In this research it is used to "switch on" the mesenchymal stem cells (MSCs) in advance, so that they are better at calming the immune system.

The results so far favour the combination:

- In an earlier 1-year randomised trial by the same group (He et al. 2020, 63 patients), 93.3% of patients given MSCs with IFN-γ reached ACR20 at 12 months, compared with 50.0% of those given MSCs alone.
- In the long-term follow-up, as reported by the article for patients about Yang et al. 2025, the combination group also did better at 5 years.
- Adverse events (health problems during the study, caused by the treatment or not) were about as common in both groups.

These results come from research teams in Chongqing, China, and from small numbers of patients. More studies are needed.

*Sources: He X et al., Ann Rheum Dis 2020;79:1298–1304 ([doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)); Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'zh-Hans', 'd5f25e996a082b0cc46de61b9e0930cb', $md$什么是干扰素-γ（IFN-γ）？为什么和 MSC 一起使用？$md$, $md$干扰素-γ（IFN-γ）是人体免疫系统自己会产生的一种信号蛋白。在这项研究中，用它提前“激活”间充质干细胞（MSC），使 MSC 更善于让免疫系统平静下来。

到目前为止，结果对联合治疗有利：

- 同一团队更早的一项为期 1 年的随机对照试验（He 等 2020，63 名患者）中，12 个月时，MSC 加 IFN-γ 组有 93.3% 的患者达到 ACR20，单用 MSC 组为 50.0%。
- 据介绍 Yang 等 2025 年论文的科普文章报道，在长期随访中，联合治疗组 5 年时的效果也更好。
- 两组不良事件（研究期间发生的健康问题，不论是否由治疗引起）的发生率差不多。

这些结果来自中国重庆的研究团队，患者人数也不多，还需要更多研究来证实。

*来源：He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）；杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('58772c20-0630-484d-a95e-9b4c1eaef24d', 'zh-Hant', 'adb928965e7f74f799a087a2edd12c7c', $md$什麼是干擾素γ（IFN-γ）？為什麼要和 MSC 一起使用？$md$, $md$干擾素γ（IFN-γ）是人體免疫系統本身就會製造的一種訊號蛋白。在這項研究中，用它事先「啟動」間質幹細胞（MSC），讓 MSC 更能使免疫系統緩和下來。

到目前為止，結果對合併治療較有利：

- 同一團隊更早的一項為期 1 年的隨機對照試驗（He 等 2020，63 位病人）中，12 個月時，MSC 加 IFN-γ 組有 93.3% 的病人達到 ACR20，只用 MSC 組則為 50.0%。
- 根據介紹 Yang 等 2025 年論文的衛教文章報導，在長期追蹤中，合併治療組 5 年時的效果也比較好。
- 兩組不良事件（研究期間發生的健康問題，不論是否由治療造成）的發生率差不多。

這些結果來自中國重慶的研究團隊，病人人數也不多，還需要更多研究來證實。

*資料來源：He X 等，Ann Rheum Dis 2020;79:1298–1304（[doi:10.1136/annrheumdis-2020-217798](https://doi.org/10.1136/annrheumdis-2020-217798)）；杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- side-effects
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'en', '85fd3c28a458cfb97d55ee1370876433', $md$What adverse events were seen?$md$, $md$An adverse event is any health problem that happened during the study, whether or not the treatment caused it. A side effect is one that the treatment caused. As reported by the article for patients on Yang et al. 2025:

- **Any adverse event:** similar in both groups: 36.17 events per 100 patient-years (per 100 people followed for a year) with mesenchymal stem cells (MSCs) alone, 35.86 with MSCs plus IFN-γ.
- **Most common:** a drop in lymphocytes (a kind of white blood cell) and COVID-19. COVID-19 is an infection caught during the study years, not a side effect. The lymphocyte drop came mostly in the first 4 weeks, was never severe, and was back to normal by week 8 to 12.
- **Serious adverse events:** 8 patients (7.3%) had at least one: 2.47 per 100 patient-years with MSCs alone, 2.31 with the combination. The most common were autoimmune problems and infections.
- **Not seen:** graft-versus-host disease (donor cells attacking the body), deaths, or unusual cancers.

Routine tests (blood, liver, kidney, urine, chest X-ray, ECG) showed no clear problems.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'zh-Hans', 'bb7b57d06b6da1dc357950857b28e589', $md$研究中出现了哪些不良事件？$md$, $md$不良事件是指研究期间发生的任何健康问题，不论是否由治疗引起。副作用则是由治疗引起的不良事件。据介绍 5 到 7 年随访结果（Yang 等 2025）的科普文章报道：

- **各种不良事件**：两组差不多，单用间充质干细胞（MSC）组每 100 人年 36.17 次，MSC 加 IFN-γ 组 35.86 次。“每 100 人年”指每 100 人随访 1 年。
- **最常见的**：淋巴细胞（一种白细胞）减少和新冠病毒感染（COVID-19）。新冠病毒感染是研究期间得上的感染，不是副作用。淋巴细胞减少大多出现在治疗后 4 周内，都不严重，到第 8 至 12 周恢复正常。
- **严重不良事件**：8 名患者（7.3%）至少发生过一次，单用 MSC 组每 100 人年 2.47 次，联合治疗组 2.31 次。最常见的是自身免疫方面的问题和感染。
- **没有出现**：移植物抗宿主病（供者细胞攻击身体）、死亡，也没有异常类型或成群出现的癌症。

血常规、肝肾功能、胸部 X 光、尿常规和心电图检查，都没有发现明显异常。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('7cd62c16-b15e-4ec0-9b98-5b96b6985c3b', 'zh-Hant', '36a7049b007527d21dfe2b94fd876c38', $md$研究中出現了哪些不良事件？$md$, $md$不良事件是指研究期間發生的任何健康問題，不論是否由治療造成。副作用則是由治療造成的不良事件。根據介紹 5 到 7 年追蹤結果（Yang 等 2025）的衛教文章報導：

- **各種不良事件**：兩組差不多，只用間質幹細胞（MSC）組為每 100 人年 36.17 次，MSC 加 IFN-γ 組為 35.86 次。「每 100 人年」是指每 100 人追蹤 1 年。
- **最常見**：淋巴球（一種白血球）減少和 COVID-19（新冠肺炎）。COVID-19 是研究期間感染到的疾病，不是副作用。淋巴球減少大多在治療後 4 週內出現，程度都不嚴重，到第 8 至 12 週就恢復正常。
- **嚴重不良事件**：8 位病人（7.3%）至少發生過一次，只用 MSC 組為每 100 人年 2.47 次，合併治療組為 2.31 次。最常見的是自體免疫方面的問題和感染。
- **沒有出現**：移植物抗宿主病（捐贈者的細胞攻擊身體）、死亡，也沒有不尋常類型或集中出現的癌症。

一般血液檢查、肝腎功能、胸部 X 光、尿液檢查和心電圖，都沒有發現明顯異常。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- is-it-approved
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'en', '2e3534b9820f37db7aa19f83a4030f6d', $md$Is MSC therapy for RA an approved treatment?$md$, $md$No. Mesenchymal stem cell (MSC) therapy for rheumatoid arthritis (RA) is still being studied. It is an investigational treatment, not a standard one. In the sources this site uses, no MSC product is approved for treating RA.

One step in China: on 28 September 2025, China's drug regulator (the National Medical Products Administration, NMPA) allowed an umbilical-cord MSC injection (application CXSL2500562) to enter clinical trials for RA. This is permission to test it in people, not approval to sell or use it as a treatment.

The results so far come from fairly small studies. More research is needed to confirm how well it works and how safe it is over many years.

Your rheumatologist can tell you whether there is a clinical trial you might join. If someone offers you MSC therapy outside a registered study, please talk to your rheumatologist before you decide.

*Sources: Hangji Stem Cell (杭吉干细胞), overview of 2025 stem cell research in RA (in Chinese); ClinicalTrials.gov [NCT01547091](https://clinicaltrials.gov/study/NCT01547091), [NCT03798028](https://clinicaltrials.gov/study/NCT03798028), [NCT02643823](https://clinicaltrials.gov/study/NCT02643823); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)).*$md$),
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'zh-Hans', '1cde8eec92c4e00e59f450962ee06f25', $md$MSC 治疗类风湿关节炎是已获批准的治疗吗？$md$, $md$不是。间充质干细胞（MSC）治疗类风湿关节炎仍在研究中，属于试验性治疗，还不是常规治疗。在本网站参考的资料中，没有任何 MSC 产品获批用于治疗类风湿关节炎。

中国的一个进展：2025 年 9 月 28 日，国家药品监督管理局（NMPA）同意一款脐带间充质干细胞注射液（受理号 CXSL2500562）进入类风湿关节炎的临床试验。这是允许在人身上试验，不是批准上市或作为治疗使用。

到现在为止的结果都来自规模不大的研究，还需要更多研究来确认它的效果，以及多年以后的安全性。

您的风湿免疫科医生可以告诉您，有没有您可以参加的临床试验。如果有人在已登记的研究之外向您提供 MSC 治疗，请先和风湿免疫科医生商量，再做决定。

*来源：杭吉干细胞《2025年1-12月干细胞治疗类风湿关节炎临床进展汇总》；ClinicalTrials.gov 临床试验登记 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$),
    ('1739307d-34b0-4220-a6f9-eb17bef66245', 'zh-Hant', 'd3d9b4821eb5b8325fbff46c5b8fc4b5', $md$間質幹細胞治療類風濕性關節炎是已核准的治療嗎？$md$, $md$不是。間質幹細胞（MSC）治療類風濕性關節炎仍在研究中，屬於試驗性的治療，還不是標準治療。在本網站參考的資料中，沒有任何 MSC 產品獲准用於治療類風濕性關節炎。

中國大陸的一項進展：2025 年 9 月 28 日，中國國家藥品監督管理局（NMPA）同意一款臍帶間質幹細胞注射液（受理號 CXSL2500562）進入類風濕性關節炎的臨床試驗。這是允許在人身上進行試驗，不是核准上市或作為治療使用。

到現在為止的結果都來自規模不大的研究，還需要更多研究，才能確認它的效果，以及多年以後的安全性。

您的風濕免疫科醫師可以告訴您，有沒有您可以參加的臨床試驗。如果有人在已登錄的研究以外提供您 MSC 治療，請先和風濕免疫科醫師討論，再做決定。

*資料來源：杭吉干細胞整理的 2025 年幹細胞治療類風濕性關節炎進展（簡體中文文章）；ClinicalTrials.gov 臨床試驗登錄 [NCT01547091](https://clinicaltrials.gov/study/NCT01547091)、[NCT03798028](https://clinicaltrials.gov/study/NCT03798028)、[NCT02643823](https://clinicaltrials.gov/study/NCT02643823)；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）。*$md$);

-- what-to-ask
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'en', '4bff819817e517976ce04f12cda65cd3', $md$What should I ask my rheumatologist?$md$, $md$Take your result from this questionnaire with you. These questions may help:

- Is my rheumatoid arthritis active now? How do you measure it?
- Have I taken the standard medicines long enough? Are there options I have not tried yet?
- Do my joints show lasting damage on an X-ray?
- Do my lungs, past infections or other illnesses matter here?
- Is there a clinical trial of mesenchymal stem cell (MSC) therapy that I could take part in, and where?
- What would it involve: visits, tests and any costs?
- Which of my medicines would I keep taking?
- What are the known risks, and what is still unknown?

It can help to write your questions down and to bring a family member or a friend.

*Sources: Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); Nagy G et al., Ann Rheum Dis 2021;80:31–35 ([doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)).*$md$),
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'zh-Hans', 'da1ee0f5666540607138721568525e04', $md$我应该问风湿免疫科医生哪些问题？$md$, $md$去看医生时，请带上这份问卷的结果。下面这些问题可以参考：

- 我的类风湿关节炎现在处于活动期吗？您是怎么判断的？
- 常规药物我用得够久了吗？还有没有我没试过的选择？
- X 光片上能看到关节有长期的损坏吗？
- 我的肺、以前的感染或其他疾病，会有影响吗？
- 有没有我可以参加的间充质干细胞（MSC）临床试验？在哪里？
- 需要做些什么：要去几次、做哪些检查、有没有费用？
- 哪些药我还要继续用？
- 已知的风险有哪些？还有哪些是未知的？

先把问题写下来，并请家人或朋友陪您一起去，会有帮助。

*来源：杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Nagy G 等，Ann Rheum Dis 2021;80:31–35（[doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)）。*$md$),
    ('25981e67-5a13-4f46-9d6e-d2d0aed82e28', 'zh-Hant', 'e3d7c50f1d50cee48f55a4005a4bdac1', $md$我應該問風濕免疫科醫師哪些問題？$md$, $md$看診時，請帶著這份問卷的結果。下面這些問題可以參考：

- 我的類風濕性關節炎現在活躍嗎？醫師是怎麼判斷的？
- 傳統藥物我用得夠久了嗎？還有沒有我還沒試過的選擇？
- X 光上看得到關節有長期的損傷嗎？
- 我的肺、以前的感染或其他疾病，會有影響嗎？
- 有沒有我可以參加的間質幹細胞（MSC）臨床試驗？在哪裡？
- 需要做哪些事：回診幾次、做哪些檢查、有沒有費用？
- 哪些藥我還要繼續使用？
- 已知的風險有哪些？還有哪些是未知的？

先把問題寫下來，並請家人或朋友陪您一起去，會很有幫助。

*資料來源：杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；Nagy G 等，Ann Rheum Dis 2021;80:31–35（[doi:10.1136/annrheumdis-2020-217344](https://doi.org/10.1136/annrheumdis-2020-217344)）。*$md$);

-- what-do-results-mean
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'en', 'dc98877e4adf74edf95913b419dfdad9', $md$What do ACR20, low disease activity and remission mean?$md$, $md$Studies use fixed measures to describe how much rheumatoid arthritis (RA) has improved:

- **ACR20** means at least 20% fewer tender joints and at least 20% fewer swollen joints, plus at least 20% improvement in 3 of these 5 measures: your pain, your own rating of the disease, your doctor's rating, your daily function, and a blood test of inflammation (ESR or CRP).
- **DAS28** is a score from 0 to 10 built from tender and swollen joints, a blood test (ESR or CRP) and your own rating. Above 5.1 means high activity, 3.2 or less low activity, and below 2.6 counts as remission.
- **Low disease activity** means the arthritis is mild.
- **Remission** is the strictest goal: almost no signs of active disease.

As reported by the article for patients about the long-term study, 25% of patients given mesenchymal stem cells (MSCs) with IFN-γ were in remission at 3 years and at 5 years, compared with 1.4% and 2.9% of those given MSCs alone.

*Sources: ACR20: Felson DT et al., Arthritis Rheum 1995;38:727–735 ([doi:10.1002/art.1780380602](https://doi.org/10.1002/art.1780380602)); Hangji Stem Cell (杭吉干细胞), article for patients on Yang et al. 2025 (in Chinese); Yang Y et al., Stem Cell Res Ther 2025;16:642 ([doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)); DAS28 cut-offs: [das-score.nl](https://www.das-score.nl/) (Radboud University Nijmegen).*$md$),
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'zh-Hans', 'f0d17852b6437b74fee4a818d7ca68e4', $md$ACR20、低疾病活动度和临床缓解是什么意思？$md$, $md$研究用固定的指标来描述类风湿关节炎改善了多少：

- **ACR20**：压痛关节数和肿胀关节数都至少减少 20%，而且下面 5 项中至少有 3 项改善 20% 以上：您的疼痛、您自己对病情的评价、医生对病情的评价、日常活动能力，以及一项反映炎症的验血结果（血沉或 C 反应蛋白）。
- **DAS28**：0 到 10 分的评分，根据压痛和肿胀的关节数、一项验血结果（血沉或 C 反应蛋白）和您自己的评价计算。高于 5.1 为高度活动，3.2 及以下为低度活动，低于 2.6 为缓解。
- **低疾病活动度**：病情较轻。
- **临床缓解**：最严格的目标，几乎没有病情活动的迹象。

据介绍这项长期研究的科普文章报道，间充质干细胞（MSC）加 IFN-γ 组在第 3 年和第 5 年各有 25% 的患者达到临床缓解，单用 MSC 组分别为 1.4% 和 2.9%。

*来源：ACR20 定义，Felson DT 等，Arthritis Rheum 1995;38:727–735（[doi:10.1002/art.1780380602](https://doi.org/10.1002/art.1780380602)）；杭吉干细胞介绍 Yang 等 2025 年论文的科普文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；DAS28 分界值，[das-score.nl](https://www.das-score.nl/)（Radboud University Nijmegen）。*$md$),
    ('4211253c-82f8-4116-b0a4-a0321dab750a', 'zh-Hant', 'da83b6c4b269fbe9f00a65746ccac313', $md$ACR20、低疾病活動度和臨床緩解是什麼意思？$md$, $md$研究會用固定的指標，來描述類風濕性關節炎改善了多少：

- **ACR20**：壓痛關節數和腫脹關節數都至少減少 20%，而且下面 5 項中至少有 3 項改善 20% 以上：您的疼痛、您自己對病情的評估、醫師對病情的評估、日常活動能力，以及一項反映發炎的抽血結果（紅血球沉降速率或 C 反應蛋白）。
- **DAS28**：0 到 10 分的分數，根據壓痛和腫脹的關節數、一項抽血結果（紅血球沉降速率或 C 反應蛋白）和您自己的評估計算。高於 5.1 為高度活躍，3.2 以下為低度活躍，低於 2.6 為緩解。
- **低疾病活動度**：病情輕微。
- **臨床緩解**：最嚴格的目標，幾乎沒有疾病活躍的跡象。

根據介紹這項長期研究的衛教文章報導，間質幹細胞（MSC）加 IFN-γ 組在第 3 年和第 5 年各有 25% 的病人達到臨床緩解，只用 MSC 組則分別為 1.4% 和 2.9%。

*資料來源：ACR20 定義，Felson DT 等，Arthritis Rheum 1995;38:727–735（[doi:10.1002/art.1780380602](https://doi.org/10.1002/art.1780380602)）；杭吉干細胞介紹 Yang 等 2025 年論文的衛教文章；Yang Y 等，Stem Cell Res Ther 2025;16:642（[doi:10.1186/s13287-025-04772-x](https://doi.org/10.1186/s13287-025-04772-x)）；DAS28 分界值，[das-score.nl](https://www.das-score.nl/)（Radboud University Nijmegen）。*$md$);

-- how-to-find-a-trial (new entry; no seeded text to compare with)
INSERT INTO faq_v50_text (entry_id, lang, seeded_md5, question, answer_markdown) VALUES
    ('3f6c2a9e-8d41-4b7a-9c55-2e7d1b0a6f13', 'en', NULL, $md$How can I find a clinical trial of MSC therapy?$md$, $md$Mesenchymal stem cell (MSC) therapy for rheumatoid arthritis (RA) is offered mainly within clinical trials. Trials must be registered in public lists, which you can search for "rheumatoid arthritis" and "mesenchymal":

- [ClinicalTrials.gov](https://clinicaltrials.gov/) (United States, with trials from many countries);
- the [Chinese Clinical Trial Registry](https://www.chictr.org.cn/) (ChiCTR);
- Taiwan's [clinical trial registry](https://www1.cde.org.tw/ct_taiwan/) (台灣藥品臨床試驗資訊網).

Each trial decides for itself who may join. Its own doctors check you against its own rules, which can differ from the questions on this site.

Before you join, ask about costs: Is the treatment free? Who pays for tests, visits and travel? What happens if you are harmed? Be careful if you are asked to pay for MSC therapy outside a registered trial.

Take any trial you find to your rheumatologist and decide together.

*Sources: [ClinicalTrials.gov](https://clinicaltrials.gov/); [Chinese Clinical Trial Registry](https://www.chictr.org.cn/); [台灣藥品臨床試驗資訊網](https://www1.cde.org.tw/ct_taiwan/).*$md$),
    ('3f6c2a9e-8d41-4b7a-9c55-2e7d1b0a6f13', 'zh-Hans', NULL, $md$怎样查找 MSC 疗法的临床试验？$md$, $md$间充质干细胞（MSC）治疗类风湿关节炎，目前主要在临床试验中进行。临床试验要在公开的登记平台上登记，您可以用“类风湿关节炎”“间充质干细胞”（英文 rheumatoid arthritis、mesenchymal）来搜索：

- [ClinicalTrials.gov](https://clinicaltrials.gov/)（美国的登记平台，收录很多国家的试验）；
- [中国临床试验注册中心](https://www.chictr.org.cn/)（ChiCTR）；
- 台湾的[台湾药品临床试验信息网](https://www1.cde.org.tw/ct_taiwan/)。

谁可以参加，由每项试验自己决定。试验的医生会按照试验自己的条件为您检查，这些条件可能和本网站的问题不一样。

参加之前，请问清楚费用：治疗是否免费？检查、复诊和路费由谁负担？如果受到伤害怎么办？如果有人要您在已登记的试验之外付费接受 MSC 治疗，请格外小心。

找到试验后，请带去和风湿免疫科医生一起商量，再做决定。

*来源：[ClinicalTrials.gov](https://clinicaltrials.gov/)；[中国临床试验注册中心](https://www.chictr.org.cn/)；[台湾药品临床试验信息网](https://www1.cde.org.tw/ct_taiwan/)。*$md$),
    ('3f6c2a9e-8d41-4b7a-9c55-2e7d1b0a6f13', 'zh-Hant', NULL, $md$怎麼查詢 MSC 療法的臨床試驗？$md$, $md$間質幹細胞（MSC）治療類風濕性關節炎，目前主要在臨床試驗中進行。臨床試驗要在公開的登錄平台上登錄，您可以用「類風濕性關節炎」「間質幹細胞」（英文 rheumatoid arthritis、mesenchymal）來搜尋：

- [ClinicalTrials.gov](https://clinicaltrials.gov/)（美國的登錄平台，收錄許多國家的試驗）；
- 中國大陸的[中國臨床試驗註冊中心](https://www.chictr.org.cn/)（ChiCTR）；
- 台灣的[台灣藥品臨床試驗資訊網](https://www1.cde.org.tw/ct_taiwan/)。

誰可以參加，由每項試驗自己決定。試驗的醫師會依照試驗自己的條件幫您檢查，這些條件可能和本網站的問題不一樣。

參加之前，請問清楚費用：治療是否免費？檢查、回診和交通費由誰負擔？如果受到傷害怎麼辦？如果有人要您在已登錄的試驗以外付費接受 MSC 治療，請特別小心。

找到試驗後，請帶去和風濕免疫科醫師一起討論，再做決定。

*資料來源：[ClinicalTrials.gov](https://clinicaltrials.gov/)；[中國臨床試驗註冊中心](https://www.chictr.org.cn/)；[台灣藥品臨床試驗資訊網](https://www1.cde.org.tw/ct_taiwan/)。*$md$);

UPDATE faq_translation t
SET question = n.question, answer_markdown = n.answer_markdown
FROM faq_v50_text n
WHERE t.entry_id = n.entry_id
  AND t.lang = n.lang
  AND n.seeded_md5 IS NOT NULL
  AND md5(t.question || E'\n' || t.answer_markdown) = n.seeded_md5
  AND NOT EXISTS (SELECT 1 FROM faq_revision r WHERE r.entry_id = t.entry_id AND r.lang = t.lang);

UPDATE faq_entry e SET updated_at = now()
WHERE EXISTS (SELECT 1 FROM faq_translation t JOIN faq_v50_text n ON n.entry_id = t.entry_id AND n.lang = t.lang
              WHERE t.entry_id = e.id AND t.answer_markdown = n.answer_markdown);

-- The new entry goes after what-to-ask (100); an admin's own entry with the same slug wins.
INSERT INTO faq_entry (id, slug, position, published)
VALUES ('3f6c2a9e-8d41-4b7a-9c55-2e7d1b0a6f13', 'how-to-find-a-trial', 105, TRUE)
ON CONFLICT DO NOTHING;

INSERT INTO faq_translation (entry_id, lang, question, answer_markdown)
SELECT n.entry_id, n.lang, n.question, n.answer_markdown
FROM faq_v50_text n
WHERE n.seeded_md5 IS NULL
  AND EXISTS (SELECT 1 FROM faq_entry e WHERE e.id = n.entry_id AND e.slug = 'how-to-find-a-trial')
ON CONFLICT DO NOTHING;
