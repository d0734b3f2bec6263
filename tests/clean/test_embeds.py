from sitrep.clean.embeds import find_telegram_posts, find_tweets

TWEET = (
    "Legion fighters claim they destroyed 2 tanks near Shebekino with the help of drones 📽️ "
    "https://t.co/kEBR4Djw2q pic.twitter.com/BoIVPtijuy — Euromaidan Press (@EuromaidanPress) "
    "June 5, 2023"
)


def test_tweet_with_signature():
    text = "Fighting continues.\n\n" + TWEET + "\n\nThe insurgents captured 200 km²."
    (found,) = find_tweets(text)
    embed = found.embed
    assert embed.kind == "tweet"
    assert embed.author == "@EuromaidanPress"
    assert embed.date == "2023-06-05"
    assert embed.url == "https://t.co/kEBR4Djw2q"
    assert embed.urls == ("https://t.co/kEBR4Djw2q", "https://pic.twitter.com/BoIVPtijuy")
    assert embed.text == (
        "Legion fighters claim they destroyed 2 tanks near Shebekino with the help of drones 📽️"
    )
    assert text[found.edit.start : found.edit.end] == TWEET
    assert found.edit.removals[0].kind == "embed"


def test_signature_with_hyphen_and_short_month():
    text = "Drones hit a BMP-3 near Kreminna - Some Name (@handle) Jun 5, 2023"
    (found,) = find_tweets(text)
    assert found.embed.author == "@handle" and found.embed.date == "2023-06-05"
    assert found.embed.text == "Drones hit a BMP-3 near Kreminna"


def test_pasted_telegram_post():
    text = "RDK wrote:\n\n⚡️ Our fighters took two villages #RDK\nhttps://t.me/russvolcorps/1234"
    (found,) = find_telegram_posts(text)
    assert found.embed.kind == "telegram"
    assert found.embed.author == "@russvolcorps"
    assert found.embed.url == "https://t.me/russvolcorps/1234"
    assert found.embed.text == "⚡️ Our fighters took two villages #RDK"


def test_a_sentence_citing_a_telegram_link_stays():
    text = "The corps said it had taken two villages, https://t.me/russvolcorps/1234"
    assert find_telegram_posts(text) == []


def test_signature_on_its_own_paragraph_takes_the_tweet_above():
    text = "Intro.\n\nTwo tanks hit near Bakhmut\n\n— Some Name (@handle) June 5, 2023\n\nMore."
    (found,) = find_tweets(text)
    assert found.embed.text == "Two tanks hit near Bakhmut"
    assert text[: found.edit.start] == "Intro.\n\n"
