from sitrep.clean.captions import find_credit_lines, find_lead

BODY = "\n\nRussian troops shelled Kharkiv on Monday, killing three people, officials said."


def test_caption_with_screenshot_credit():
    text = "Soldiers show 12 POWs, including two wounded. Screenshot from video by RDK" + BODY
    lead = find_lead(text, 0)
    assert lead is not None
    assert lead.caption == "Soldiers show 12 POWs, including two wounded."
    assert [(r.kind, r.text) for r in lead.edit.removals] == [
        ("caption", "Soldiers show 12 POWs, including two wounded."),
        ("credit", "Screenshot from video by RDK"),
    ]
    assert text[lead.edit.end :] == BODY


def test_caption_credits_in_other_forms():
    for credit in ("Photo: Reuters", "(Photo: AP)", "Photo by John Smith", "Фото: ЗСУ"):
        lead = find_lead(f"A destroyed tank near Bakhmut. {credit}" + BODY, 0)
        assert lead is not None and lead.caption == "A destroyed tank near Bakhmut.", credit


def test_caption_without_credit_after_a_dateline_lacks_a_ledes_full_stop():
    text = "date 2023-06-05 A destroyed tank near Bakhmut, June 2023" + BODY
    lead = find_lead(text, 16, after_dateline=True)
    assert lead is not None and lead.caption == "A destroyed tank near Bakhmut, June 2023"


def test_a_headline_without_dateline_stays():
    assert find_lead("Russia shells Kharkiv overnight" + BODY, 0) is None


def test_a_lede_is_not_a_caption():
    text = "Russian troops advanced near Bakhmut on Sunday." + BODY
    assert find_lead(text, 0, after_dateline=True) is None


def test_a_single_paragraph_is_not_a_caption():
    assert find_lead("A destroyed tank near Bakhmut", 0) is None


def test_repeated_headline_is_cut_as_title():
    lead = find_lead("Russia shells Kharkiv" + BODY, 0, title="Russia Shells Kharkiv")
    assert lead is not None and lead.caption is None and lead.edit.kind == "title"


def test_standalone_credit_lines_are_cut_but_sources_stay():
    text = "Fighting went on.\nPhoto: Reuters\n\nSource: General Staff\n\nMore text."
    edits = find_credit_lines(text)
    assert [text[e.start : e.end] for e in edits] == ["Photo: Reuters\n"]
