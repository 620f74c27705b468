#!/usr/bin/env python3
"""The workspace page of `partnermap serve`, tested in a real browser (headless Chromium driven by
Selenium with chromium-driver): open the page, check every control has a label, filter, open a
card from the map, use the tabs with the keyboard, add an organisation with a mistake then
without, save and compare the file's bytes, switch to French, and see an outside edit within two
seconds.

    python3 Tests/Browser/workspace_test.py PATH/TO/partnermap [--screenshot docs/images/workspace.png]

Exits 0 when every check passes, 1 otherwise (each failure is printed).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def wait_for(driver, condition, what, timeout=20):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))
        return True
    except Exception:
        check(False, what + " (waited %d s)" % timeout)
        return False


def main():
    binary = os.path.abspath(sys.argv[1])
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    folder = tempfile.mkdtemp(prefix="partnermap-browser-")
    network = os.path.join(folder, "montreal-inclusif.yaml")
    shutil.copy(os.path.join(ROOT, "Graphs", "montreal-inclusif.yaml"), network)
    with open(network, "rb") as handle:
        original = handle.read()
    server = subprocess.Popen([binary, "serve", network, "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        address = server.stdout.readline().split()[1]
        check(address.startswith("http://127.0.0.1:") and "/?token=" in address, "serve prints the address to open: " + address)
        base, token = address.split("/?token=")

        def api(path):
            request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
            with urllib.request.urlopen(request) as answer:
                return json.load(answer)

        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-CA"]:
            options.add_argument(argument)
        for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]:
            if os.path.exists(candidate):
                options.binary_location = candidate
                break
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        driver.get(address)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "body[data-ready=true] #map svg g.node"), "the page opens and draws the map")
        check("token=" not in driver.current_url, "the token leaves the address bar")
        unlabelled = driver.execute_script(
            "return Array.from(document.querySelectorAll('input, select, textarea')).filter(e => e.labels.length === 0).map(e => e.id)")
        check(unlabelled == [], "every control has a visible label (unlabelled: %s)" % unlabelled)
        captionless = driver.execute_script("return Array.from(document.querySelectorAll('table')).filter(t => !t.caption).length")
        check(captionless == 0, "every table has a caption")
        rows = len(driver.find_elements(By.CSS_SELECTOR, "#org-table tbody tr"))
        check(rows == len(api("/api/organisations")["organisations"]), "the map's table lists every organisation (%d)" % rows)

        # A filter recomputes every number and says it is on.
        Select(driver.find_element(By.ID, "f-sector")).select_by_value("women")
        wait_for(driver, lambda d: "Sector: women" in d.find_element(By.ID, "filter-line").text, "the page says which filter is on")
        expected = len(api("/api/organisations?sector=women")["organisations"])
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#org-table tbody tr")) == expected, "the filter narrows the table to %d organisations" % expected)
        driver.find_element(By.ID, "tab-findings").click()
        summary = api("/api/summary?sector=women")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "dl.summary dd") and d.find_elements(By.CSS_SELECTOR, "dl.summary dd")[0].text == str(summary["organisations"]),
                 "the findings are recomputed for the filter (%d organisations)" % summary["organisations"])
        export = driver.find_element(By.CSS_SELECTOR, "#export-links a[href*='table=gaps']").get_attribute("href")
        check("sector=women" in export, "exports carry the filter")
        driver.find_element(By.ID, "clear-filters").click()
        wait_for(driver, lambda d: "no filter" in d.find_element(By.ID, "filter-line").text, "clearing the filters shows the whole network")
        check(not driver.find_element(By.ID, "f-characteristic").is_displayed(), "a file that names no framework offers no characteristic to filter on")

        # Tabs with the keyboard, then a card from the map.
        tab = driver.find_element(By.ID, "tab-findings")
        tab.send_keys(Keys.ARROW_LEFT)
        wait_for(driver, lambda d: d.find_element(By.ID, "tab-map").get_attribute("aria-selected") == "true", "the arrow keys move between tabs")
        wait_for(driver, lambda d: d.find_elements(By.XPATH, "//*[local-name()='g'][@class='node'][*[local-name()='title' and text()='binam']]"), "BINAM is on the map")
        node = driver.find_element(By.XPATH, "//*[local-name()='g'][@class='node'][*[local-name()='title' and text()='binam']]")
        node.send_keys(Keys.ENTER)
        wait_for(driver, lambda d: d.find_element(By.ID, "card").is_displayed() and "BINAM" in d.find_element(By.ID, "card-name").text, "Enter on a node opens its card")
        card = driver.find_element(By.ID, "card").text
        check("Partnerships" in card and "Place in the network" in card, "the card shows ties and standing")
        driver.find_element(By.ID, "card-close").click()
        check("null" not in card, "the card shows no missing value as text")
        if screenshot:
            # The README's picture: the whole network, BINAM's card open.
            driver.find_element(By.ID, "tab-map").click()
            driver.find_element(By.XPATH, "//*[local-name()='g'][@class='node'][*[local-name()='title' and text()='binam']]").click()
            wait_for(driver, lambda d: d.find_element(By.ID, "card").is_displayed(), "a card for the screenshot")
            time.sleep(0.5)
            driver.save_screenshot(screenshot)
            driver.find_element(By.ID, "card-close").click()

        # Add an organisation with a mistake: refused beside its field, nothing written.
        driver.find_element(By.ID, "tab-edit").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#entries tbody tr"), "the edit tab lists the entries")
        driver.find_element(By.ID, "entry-search").send_keys("BINAM")
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#entries tbody tr")) == 1, "finding an entry narrows the list to it")
        driver.find_element(By.ID, "entry-search").send_keys(Keys.CONTROL, "a")
        driver.find_element(By.ID, "entry-search").send_keys(Keys.DELETE)
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#entries tbody tr")) > 1, "clearing the search lists every entry again")
        driver.find_element(By.ID, "add-entry").click()
        wait_for(driver, lambda d: d.find_element(By.ID, "entry-form").is_displayed(), "the add form opens")
        driver.find_element(By.ID, "e-id").send_keys("binam")
        driver.find_element(By.ID, "e-name").send_keys("Bibliothèques de Montréal")
        Select(driver.find_element(By.ID, "e-type")).select_by_value("municipal")
        driver.find_element(By.ID, "e-sectors").send_keys("education, culture")
        driver.find_element(By.CSS_SELECTOR, "#entry-form button[type=submit]").click()
        wait_for(driver, lambda d: d.find_element(By.ID, "e-id-problem").text != "", "a repeated id is refused beside the id field")
        check("twice" in driver.find_element(By.ID, "e-id-problem").text, "the problem is in validate's words: " + driver.find_element(By.ID, "e-id-problem").text)
        check(driver.find_element(By.ID, "e-id").get_attribute("aria-invalid") == "true", "the field is marked invalid")
        with open(network, "rb") as handle:
            check(handle.read() == original, "nothing is written on a mistake")
        # Without the mistake: held on the page, then saved.
        field = driver.find_element(By.ID, "e-id")
        field.clear()
        field.send_keys("bibliotheques")
        driver.find_element(By.CSS_SELECTOR, "#entry-form button[type=submit]").click()
        wait_for(driver, lambda d: "1 unsaved" in d.find_element(By.ID, "file-line").text, "the change is held, unsaved")
        with open(network, "rb") as handle:
            check(handle.read() == original, "nothing is written before saving")
        driver.find_element(By.ID, "save").click()
        added = ('  - id: "bibliotheques"\n    name: "Bibliothèques de Montréal"\n    type: municipal\n    sectors: ["education", "culture"]\n').encode()
        wait_for(driver, lambda d: open(network, "rb").read() != original, "saving writes the file")
        with open(network, "rb") as handle:
            saved = handle.read()
        same = added in saved and saved.replace(added, b"", 1) == original
        if not same:
            import difflib
            print("".join(difflib.unified_diff(original.decode().splitlines(True), saved.decode().splitlines(True))))
        check(same, "the file gains the entry's lines and every other byte is as it was")
        wait_for(driver, lambda d: "unsaved" not in d.find_element(By.ID, "file-line").text, "the page says everything is saved")

        # French.
        Select(driver.find_element(By.ID, "lang-select")).select_by_value("fr")
        wait_for(driver, lambda d: d.find_element(By.ID, "filters-heading").text == "Filtres", "the page switches to French")
        check(driver.find_element(By.CSS_SELECTOR, "label[for=f-sector]").text == "Secteur", "the filters' labels are the French field names")
        wait_for(driver, lambda d: "organisme sans but lucratif" in [o.text for o in Select(d.find_element(By.ID, "f-type")).options],
                 "the types are offered by their French names, not their ids")
        driver.find_element(By.ID, "tab-findings").click()
        wait_for(driver, lambda d: "Prochaine étape" in d.find_element(By.ID, "findings").text, "the findings are in French")
        check(driver.execute_script("return document.documentElement.lang") == "fr", "the page's language is French")

        # An edit in another program is seen within two seconds.
        with open(network, "ab") as handle:
            handle.write(b"# edited in another program\n")
        start = time.time()
        wait_for(driver, lambda d: "autre programme" in d.find_element(By.ID, "status").text, "the page notices an outside edit", timeout=4)
        check(time.time() - start < 2.5, "within two seconds (%.1f s)" % (time.time() - start))
        # The refused edit's 422 is logged by the browser as a failed load; anything else is an error.
        logs = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE" and "status of 422" not in entry["message"]]
        check(logs == [], "no error in the browser's console: %s" % logs)
    finally:
        if driver:
            driver.quit()
        if os.environ.get("DEBUG_SIGNALS"):
            print(open("/proc/%d/status" % server.pid).read().split("SigQ")[1][:200])
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)
    if server.returncode != 0:
        print(server.stderr.read())
    check(server.returncode == 0, "Ctrl-C (SIGTERM) stops the server cleanly (status %s)" % server.returncode)
    characteristics(binary)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


def characteristics(binary):
    """The Ontario example names the welcoming-community framework: its characteristics filter the page."""
    server = subprocess.Popen([binary, "serve", os.path.join(ROOT, "Graphs", "ontario-lips.yaml"), "--lang", "fr"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        address = server.stdout.readline().split()[1]
        base, token = address.split("/?token=")
        request = urllib.request.Request(base + "/api/organisations?characteristic=positive-attitudes", headers={"Authorization": "Bearer " + token})
        with urllib.request.urlopen(request) as answer:
            expected = len(json.load(answer)["organisations"])
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
            options.add_argument(argument)
        if os.path.exists("/usr/bin/chromium"):
            options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        driver.get(address)
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "body[data-ready=true] #map svg g.node"), "the Ontario page opens")
        check(driver.find_element(By.ID, "f-characteristic").is_displayed(), "a file that names the framework offers its characteristics")
        menu = Select(driver.find_element(By.ID, "f-characteristic"))
        check(len(menu.options) == 18 and menu.options[15].text == "Sécurité", "the seventeen characteristics by their French names")
        menu.select_by_value("positive-attitudes")
        wait_for(driver, lambda d: "Attitudes favorables" in d.find_element(By.ID, "filter-line").text, "the page says which characteristic is on")
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#org-table tbody tr")) == expected,
                 "the characteristic narrows the table to %d organisations" % expected)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
