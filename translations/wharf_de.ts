<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Wharf::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="38"/>
        <source>%1 (built with %2)</source>
        <extracomment>Qt&apos;s version at run time, then the one Wharf was built with: &quot;6.5.0 (built with 6.4.2)&quot;.</extracomment>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="46"/>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="50"/>
        <source>About Wharf</source>
        <translation>Über Wharf</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="58"/>
        <source>Wharf icon</source>
        <translation>Wharf-Symbol</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="64"/>
        <source>Wharf %1</source>
        <extracomment>%1 is the version: &quot;Wharf 0.3.0&quot;.</extracomment>
        <translation>Wharf %1</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="75"/>
        <source>Container images of Docker and Podman for people who use CVMFS: list them, pull them, and start a shell with /cvmfs and your analysis folder in it.</source>
        <translation>Container-Images von Docker und Podman für alle, die CVMFS nutzen: auflisten, ziehen und eine Shell starten, in der /cvmfs und Ihr Analyseordner bereitstehen.</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="85"/>
        <source>Released under the %1.</source>
        <extracomment>%1 is a link to the license text; keep the &lt;a&gt; element.</extracomment>
        <translation>Veröffentlicht unter der %1.</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="87"/>
        <source>Apache License, version 2.0</source>
        <translation>Apache-Lizenz, Version 2.0</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="90"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="92"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="102"/>
        <source>Copies every version as plain text, to paste in a bug report</source>
        <translation>Alle Versionen als reinen Text kopieren, um sie in einen Fehlerbericht einzufügen</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="152"/>
        <source>API %1</source>
        <extracomment>The engine answered without its product version; %1 is the Engine API version.</extracomment>
        <translation>API %1</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="155"/>
        <source>%1 (API %2)</source>
        <extracomment>%1 is the engine&apos;s version (&quot;20.10.24&quot;), %2 its Engine API version (&quot;1.41&quot;).</extracomment>
        <translation>%1 (API %2)</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="159"/>
        <source>still being probed</source>
        <translation>wird noch geprüft</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="162"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="177"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="180"/>
        <source>System</source>
        <extracomment>The operating system, in the About box.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="183"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="183"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="215"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>Wharf::AddEntryDialog</name>
    <message>
        <location filename="../app/AddEntryDialog.cpp" line="33"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Wharf::AddRegistryDialog</name>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="13"/>
        <source>Add a Registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="14"/>
        <source>The registry&apos;s address, as it appears in image names: a host name, with :port when it is not the standard one.</source>
        <translation>Die Adresse der Registry, wie sie in Image-Namen erscheint: ein Hostname, mit :port, wenn es nicht der Standardport ist.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="21"/>
        <source>gitlab-registry.cern.ch, registry.example.org:5000</source>
        <translation>gitlab-registry.cern.ch, registry.example.org:5000</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="23"/>
        <source>Registry address</source>
        <translation>Registry-Adresse</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="26"/>
        <source>&amp;Registry:</source>
        <extracomment>host[:port] of a container registry.</extracomment>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="44"/>
        <source>For example gitlab-registry.cern.ch, registry.cern.ch, docker.io or localhost:5000.</source>
        <translation>Zum Beispiel gitlab-registry.cern.ch, registry.cern.ch, docker.io oder localhost:5000.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="50"/>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="56"/>
        <source>Adds Docker Hub (%1). Docker Hub does not list its repositories: add the ones you use, or log in to see your own.</source>
        <extracomment>%1 is &quot;docker.io&quot;.</extracomment>
        <translation>Fügt Docker Hub (%1) hinzu. Docker Hub listet seine Repositorys nicht auf: Fügen Sie die hinzu, die Sie verwenden, oder melden Sie sich an, um Ihre eigenen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="61"/>
        <source>Adds %1, a registry on this computer (plain HTTP is allowed without opting in).</source>
        <translation>Fügt %1 hinzu, eine Registry auf diesem Computer (einfaches HTTP ist ohne ausdrückliche Zustimmung erlaubt).</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="65"/>
        <source>Adds %1</source>
        <translation>Fügt %1 hinzu</translation>
    </message>
</context>
<context>
    <name>Wharf::AddRepositoryDialog</name>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="15"/>
        <source>Add a Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="16"/>
        <source>Some registries (GitLab, Docker Hub) do not list their repositories. Give the path of one you use; Wharf remembers it and lists its tags.</source>
        <translation>Manche Registrys (GitLab, Docker Hub) listen ihre Repositorys nicht auf. Geben Sie den Pfad eines Repositorys an, das Sie verwenden; Wharf merkt es sich und listet seine Tags auf.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="23"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="28"/>
        <source>group/project/image, e.g. cms-cloud/cmssw-docker/cc7-cms</source>
        <translation>Gruppe/Projekt/Image, z. B. cms-cloud/cmssw-docker/cc7-cms</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="30"/>
        <source>Repository path</source>
        <translation>Repository-Pfad</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="33"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="35"/>
        <source>Repository &amp;path:</source>
        <extracomment>The path of a repository inside a registry: &quot;group/project/image&quot;.</extracomment>
        <translation>Repository-&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="75"/>
        <source>Add a registry first.</source>
        <translation>Fügen Sie zuerst eine Registry hinzu.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="78"/>
        <source>The path after the registry name in an image name: for %1/group/project/image:tag it is group/project/image.</source>
        <translation>Der Pfad nach dem Registry-Namen in einem Image-Namen: Für %1/group/project/image:tag ist es group/project/image.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="85"/>
        <source>This is not a repository path: %1</source>
        <translation>Dies ist kein Repository-Pfad: %1</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="91"/>
        <source>This names a repository on %1, not on %2.</source>
        <translation>Dies bezeichnet ein Repository auf %1, nicht auf %2.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="94"/>
        <source>Give the repository without a tag or digest (%1): Wharf lists its tags.</source>
        <translation>Geben Sie das Repository ohne Tag oder Digest an (%1): Wharf listet seine Tags auf.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="98"/>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="103"/>
        <source>Adds %1</source>
        <extracomment>%1 is the full repository name: &quot;gitlab-registry.cern.ch/cms-cloud/cc7-cms&quot;.</extracomment>
        <translation>Fügt %1 hinzu</translation>
    </message>
</context>
<context>
    <name>Wharf::AppArmorCheck</name>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="15"/>
        <source>AppArmor</source>
        <translation>AppArmor</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="22"/>
        <source>AppArmor exists only on Linux.</source>
        <translation>AppArmor gibt es nur unter Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="28"/>
        <source>AppArmor is not enabled on this computer.</source>
        <translation>AppArmor ist auf diesem Computer nicht aktiviert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="29"/>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="35"/>
        <source>AppArmor is switched off on this computer.</source>
        <translation>AppArmor ist auf diesem Computer ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="42"/>
        <source>AppArmor is on: Docker&apos;s default profile forbids mounting inside a container, so images that mount CVMFS themselves (FUSE) need `--security-opt apparmor=unconfined`. Host mount, the automounter and Apptainer are not affected.</source>
        <translation>AppArmor ist aktiv: Das Standardprofil von Docker verbietet das Einhängen innerhalb eines Containers, daher brauchen Images, die CVMFS selbst einhängen (FUSE), `--security-opt apparmor=unconfined`. Host-Mount, Automounter und Apptainer sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="45"/>
        <source>%1: Y (enabled)</source>
        <translation>%1: Y (aktiviert)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="47"/>
        <source>For the container that mounts CVMFS with FUSE only: add `--security-opt apparmor=unconfined` next to `--cap-add SYS_ADMIN --device /dev/fuse` (Wharf&apos;s FUSE strategy does this on AppArmor hosts).</source>
        <translation>Nur für den Container, der CVMFS mit FUSE einhängt: Fügen Sie `--security-opt apparmor=unconfined` neben `--cap-add SYS_ADMIN --device /dev/fuse` hinzu (die FUSE-Strategie von Wharf tut das auf AppArmor-Hosts).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="49"/>
        <source>Or use the host mount or the automounter container, which need no mount inside the container.</source>
        <translation>Oder verwenden Sie den Host-Mount oder den Automounter-Container; beide brauchen kein Einhängen im Container.</translation>
    </message>
</context>
<context>
    <name>Wharf::ApptainerCheck</name>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="22"/>
        <source>Apptainer (Singularity)</source>
        <translation>Apptainer (Singularity)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="35"/>
        <source>Apptainer runs on Linux only: use it on lxplus or in a Linux virtual machine.</source>
        <translation>Apptainer läuft nur unter Linux: Verwenden Sie es auf lxplus oder in einer virtuellen Linux-Maschine.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="43"/>
        <source>Apptainer is not installed.</source>
        <translation>Apptainer ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="44"/>
        <source>apptainer, singularity: not found on the PATH (%1)</source>
        <translation>apptainer, singularity: nicht im PATH gefunden (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="47"/>
        <source>RHEL, Alma, Rocky, Fedora: `sudo dnf install epel-release` (not on Fedora), then `sudo dnf install apptainer`.</source>
        <translation>RHEL, Alma, Rocky, Fedora: `sudo dnf install epel-release` (nicht unter Fedora), dann `sudo dnf install apptainer`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="49"/>
        <source>Debian, Ubuntu: the .deb of the latest release from https://github.com/apptainer/apptainer/releases (`sudo apt-get install ./apptainer_*.deb`), or the PPA on Ubuntu (`sudo add-apt-repository ppa:apptainer/ppa &amp;&amp; sudo apt-get install apptainer`).</source>
        <translation>Debian, Ubuntu: das .deb der neuesten Version von https://github.com/apptainer/apptainer/releases (`sudo apt-get install ./apptainer_*.deb`) oder unter Ubuntu das PPA (`sudo add-apt-repository ppa:apptainer/ppa &amp;&amp; sudo apt-get install apptainer`).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="53"/>
        <source>Without installing, on a computer with CVMFS: /cvmfs/oasis.opensciencegrid.org/mis/apptainer/current/bin/apptainer.</source>
        <translation>Ohne Installation, auf einem Computer mit CVMFS: /cvmfs/oasis.opensciencegrid.org/mis/apptainer/current/bin/apptainer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="55"/>
        <source>On lxplus it is already installed. Docker or Podman with an image works too.</source>
        <translation>Auf lxplus ist es bereits installiert. Docker oder Podman mit einem Image funktioniert ebenfalls.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="62"/>
        <source>No command runner is available.</source>
        <translation>Es ist keine Befehlsausführung verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="91"/>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="115"/>
        <source>%1 --version: %2</source>
        <translation>%1 --version: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="92"/>
        <source>%1 does not tell its version.</source>
        <translation>%1 gibt seine Version nicht an.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="93"/>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="110"/>
        <source>Run `%1 --version` yourself; a broken installation needs reinstalling.</source>
        <translation>Führen Sie `%1 --version` selbst aus; eine defekte Installation muss neu installiert werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="102"/>
        <source>%1 --version: exit code %2, &quot;%3&quot;</source>
        <translation>%1 --version: Exit-Code %2, „%3“</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="108"/>
        <source>The version of %1 cannot be read.</source>
        <translation>Die Version von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="122"/>
        <source>Log in to a registry with this version: %1</source>
        <translation>Mit dieser Version bei einer Registry anmelden: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="124"/>
        <source>This version has no registry login command: it reads SINGULARITY_DOCKER_USERNAME and SINGULARITY_DOCKER_PASSWORD from the environment.</source>
        <translation>Diese Version hat keinen Befehl zur Registry-Anmeldung: Sie liest SINGULARITY_DOCKER_USERNAME und SINGULARITY_DOCKER_PASSWORD aus der Umgebung.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="130"/>
        <source>%1 %2 is old: it cannot convert some CMS images (&quot;failed to make environment dirs&quot;) and cannot log in to registries.</source>
        <translation>%1 %2 ist alt: Es kann manche CMS-Images nicht umwandeln („failed to make environment dirs“) und sich nicht bei Registrys anmelden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="134"/>
        <source>Install a current Apptainer (see apptainer.org), or run the images from /cvmfs/unpacked.cern.ch, which need no conversion.</source>
        <translation>Installieren Sie ein aktuelles Apptainer (siehe apptainer.org) oder führen Sie die Images aus /cvmfs/unpacked.cern.ch aus, die keine Umwandlung brauchen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="156"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="158"/>
        <source>cache directory (%1): %2</source>
        <translation>Cache-Verzeichnis (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="165"/>
        <source>The cache directory is on AFS: converting images there is slow, fails on AFS permissions, and fills the AFS quota.</source>
        <translation>Das Cache-Verzeichnis liegt auf AFS: Das Umwandeln von Images ist dort langsam, scheitert an AFS-Berechtigungen und füllt das AFS-Kontingent.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="168"/>
        <source>Put the cache on a local disk: `export %1=/tmp/$USER/apptainer-cache` (add it to ~/.bashrc), or on EOS if /tmp is too small.</source>
        <translation>Legen Sie den Cache auf eine lokale Festplatte: `export %1=/tmp/$USER/apptainer-cache` (fügen Sie es zu ~/.bashrc hinzu), oder auf EOS, wenn /tmp zu klein ist.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="177"/>
        <source>%1 %2 is installed.</source>
        <translation>%1 %2 ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="178"/>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
</context>
<context>
    <name>Wharf::ApptainerPlanner</name>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="56"/>
        <source>Apptainer (or Singularity) is installed.</source>
        <translation>Apptainer (oder Singularity) ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="59"/>
        <source>The %1 command is installed.</source>
        <translation>Der Befehl %1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="69"/>
        <source>CVMFS is installed on this computer (%1 exists).</source>
        <translation>CVMFS ist auf diesem Computer installiert (%1 existiert).</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="74"/>
        <source>The CVMFS repository %1 answers.</source>
        <translation>Das CVMFS-Repository %1 antwortet.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="89"/>
        <source>The image %1 exists.</source>
        <translation>Das Image %1 existiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="99"/>
        <source>The %1 cache (%2) is on AFS, where image layers are slow to write and exhaust the AFS quota. This launch caches in %3 instead (%4_CACHEDIR); set it in your shell profile to make it permanent.</source>
        <translation>Der %1-Cache (%2) liegt auf AFS, wo Image-Schichten nur langsam geschrieben werden und das AFS-Kontingent erschöpfen. Dieser Start verwendet stattdessen %3 als Cache (%4_CACHEDIR); setzen Sie die Variable in Ihrem Shell-Profil, um dies dauerhaft zu machen.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="111"/>
        <source>The platform %1 is ignored: %2 runs images for this computer&apos;s own architecture.</source>
        <translation>Die Plattform %1 wird ignoriert: %2 führt Images für die eigene Architektur dieses Computers aus.</translation>
    </message>
</context>
<context>
    <name>Wharf::AuthConfigFile</name>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="48"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="99"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="345"/>
        <source>Login file</source>
        <translation>Anmeldedatei</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="57"/>
        <source>%1 %2 is not a regular file, so Wharf does not read it.</source>
        <translation>Die %1 %2 ist keine reguläre Datei, daher liest Wharf sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="62"/>
        <source>%1 %2 is larger than 1 MiB, so Wharf does not read it. A login file is a few kilobytes: check what wrote to it.</source>
        <translation>Die %1 %2 ist größer als 1 MiB, daher liest Wharf sie nicht. Eine Anmeldedatei ist wenige Kilobyte groß: Prüfen Sie, was in sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="70"/>
        <source>Cannot read %1 %2: %3</source>
        <translation>Die %1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="76"/>
        <source>%1 %2 is larger than 1 MiB, so Wharf does not read it.</source>
        <translation>Die %1 %2 ist größer als 1 MiB, daher liest Wharf sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="98"/>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="109"/>
        <source>%1 %2 is not valid JSON (%3 at byte %4). Fix or remove the file.</source>
        <translation>Die %1 %2 ist kein gültiges JSON (%3 bei Byte %4). Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="116"/>
        <source>%1 %2 does not hold a JSON object.</source>
        <translation>Die %1 %2 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="121"/>
        <source>In %1 %2, “%3” is not %4, so Wharf does not use the file.</source>
        <translation>In der %1 %2 ist „%3“ nicht %4, daher verwendet Wharf die Datei nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="126"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="128"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="130"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="143"/>
        <source>The credHelpers entry “%1” is not a registry and a helper name; it is ignored.</source>
        <translation>Der credHelpers-Eintrag „%1“ ist keine Registry mit einem Helper-Namen; er wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="162"/>
        <source>The auths key “%1” names no registry; it is ignored.</source>
        <translation>Der auths-Schlüssel „%1“ nennt keine Registry; er wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="164"/>
        <source>The login for %1 is not a JSON object; it is ignored.</source>
        <translation>Die Anmeldung für %1 ist kein JSON-Objekt; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="168"/>
        <source>The login for %1 has a “%2” that is not a string; it is ignored.</source>
        <translation>Die Anmeldung für %1 hat ein „%2“, das keine Zeichenkette ist; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="180"/>
        <source>The login for %1 has an “auth” that is not base64; it is ignored.</source>
        <translation>Die Anmeldung für %1 hat ein „auth“, das nicht Base64 ist; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="185"/>
        <source>The login for %1 has an “auth” without “:” between user and password; it is ignored.</source>
        <translation>Die Anmeldung für %1 hat ein „auth“ ohne „:“ zwischen Benutzer und Passwort; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="191"/>
        <source>The login for %1 has an “auth” with an empty user name; it is ignored.</source>
        <translation>Die Anmeldung für %1 hat ein „auth“ mit leerem Benutzernamen; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="211"/>
        <source>The login for %1 has a user name or a password, not both; it is ignored.</source>
        <translation>Die Anmeldung für %1 hat einen Benutzernamen oder ein Passwort, nicht beides; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="215"/>
        <source>The login for %1 has control characters in it; it is ignored.</source>
        <translation>Die Anmeldung für %1 enthält Steuerzeichen; sie wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="347"/>
        <source>No file to save %1 to.</source>
        <translation>Keine Datei, in der %1 gespeichert werden kann.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="350"/>
        <source>Wharf could not read %1 %2, so it does not overwrite it.</source>
        <translation>Wharf konnte die %1 %2 nicht lesen und überschreibt die Datei daher nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="365"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>Der Ordner %1 für %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="380"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="387"/>
        <source>Cannot write %1 %2: %3</source>
        <translation>Die %1 %2 kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterContainerCheck</name>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="31"/>
        <source>The cvmfs-automounter container runs</source>
        <translation>Der cvmfs-automounter-Container läuft</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="63"/>
        <source>%1: cannot list its containers: %2</source>
        <translation>%1: Die Container können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="72"/>
        <source>%1: &quot;%2&quot; (%3) runs: %4</source>
        <translation>%1: „%2“ (%3) läuft: %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="75"/>
        <source>%1: &quot;%2&quot; (%3) is %4: %5</source>
        <translation>%1: „%2“ (%3) ist im Zustand %4: %5</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="97"/>
        <source>The cvmfs-automounter container is not running: containers started with the automounter strategy have no /cvmfs.</source>
        <translation>Der cvmfs-automounter-Container läuft nicht: Container, die mit der Automounter-Strategie gestartet wurden, haben kein /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="99"/>
        <source>Start it again, then read its last lines if it stops at once (a missing /dev/fuse, a refused --privileged, no network to the CVMFS servers).</source>
        <translation>Starten Sie ihn erneut und lesen Sie seine letzten Zeilen, falls er sofort wieder endet (fehlendes /dev/fuse, abgelehntes --privileged, kein Netz zu den CVMFS-Servern).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="105"/>
        <source>The cvmfs-automounter container runs.</source>
        <translation>Der cvmfs-automounter-Container läuft.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="109"/>
        <source>No cvmfs-automounter container: only the automounter strategy uses one, and Wharf offers to start it when a launch needs it.</source>
        <translation>Kein cvmfs-automounter-Container: Nur die Automounter-Strategie verwendet einen, und Wharf bietet an, ihn zu starten, wenn ein Start ihn braucht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="111"/>
        <source>No engine answers, so no container could be looked at.</source>
        <translation>Keine Engine antwortet, daher konnte kein Container geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterOffer</name>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="49"/>
        <source>Start the cvmfs-automounter…</source>
        <translation>cvmfs-automounter starten …</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="63"/>
        <source>The cvmfs-automounter cannot start here</source>
        <translation>Der cvmfs-automounter kann hier nicht starten</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="70"/>
        <source>Start the cvmfs-automounter</source>
        <translation>cvmfs-automounter starten</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="71"/>
        <source>Start the cvmfs-automounter container &quot;%1&quot; from %2?</source>
        <translation>Den cvmfs-automounter-Container „%1“ aus %2 starten?</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="74"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="86"/>
        <source>Starting the cvmfs-automounter</source>
        <translation>Der cvmfs-automounter wird gestartet</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="87"/>
        <source>Running %1. The first start downloads the image, which can take a minute.</source>
        <translation>%1 wird ausgeführt. Beim ersten Start wird das Image heruntergeladen, was eine Minute dauern kann.</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="100"/>
        <source>The cvmfs-automounter was not started</source>
        <translation>Der cvmfs-automounter wurde nicht gestartet</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="107"/>
        <source>The cvmfs-automounter could not start</source>
        <translation>Der cvmfs-automounter konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="114"/>
        <source>The cvmfs-automounter is running</source>
        <translation>Der cvmfs-automounter läuft</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="115"/>
        <source>It mounts each repository when a container first opens it. Launching again.</source>
        <translation>Er hängt jedes Repository ein, sobald ein Container es zum ersten Mal öffnet. Der Start wird wiederholt.</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterStarter</name>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="126"/>
        <source>Cannot run %1 to start the cvmfs-automounter: install it, or start the container yourself with the command shown.</source>
        <translation>%1 kann nicht ausgeführt werden, um den cvmfs-automounter zu starten: Installieren Sie es oder starten Sie den Container selbst mit dem angezeigten Befehl.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="142"/>
        <source>Starting the cvmfs-automounter took longer than %1 s and was stopped. Pulling its image may need a faster network; try again, or pull the image first.</source>
        <translation>Das Starten des cvmfs-automounter dauerte länger als %1 s und wurde abgebrochen. Das Ziehen seines Images braucht eventuell ein schnelleres Netzwerk; versuchen Sie es erneut oder ziehen Sie das Image zuerst.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="169"/>
        <source>%1 crashed while starting the cvmfs-automounter.</source>
        <translation>%1 ist beim Starten des cvmfs-automounter abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="170"/>
        <source>The cvmfs-automounter could not be started (%1 ended with exit code %2).</source>
        <translation>Der cvmfs-automounter konnte nicht gestartet werden (%1 endete mit Exit-Code %2).</translation>
    </message>
</context>
<context>
    <name>Wharf::BearerToken</name>
    <message>
        <location filename="../core/registry/BearerToken.cpp" line="31"/>
        <source>The registry&apos;s token service answered with something that is not a token.</source>
        <translation>Der Token-Dienst der Registry hat mit etwas geantwortet, das kein Token ist.</translation>
    </message>
</context>
<context>
    <name>Wharf::CacheFile</name>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="53"/>
        <source>The cache file would be too large.</source>
        <translation>Die Cache-Datei wäre zu groß.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="57"/>
        <source>Cannot create the cache folder &quot;%1&quot;. Check that it is writable, or remove the file that stands in its place.</source>
        <translation>Der Cache-Ordner „%1“ kann nicht erstellt werden. Prüfen Sie, ob er beschreibbar ist, oder entfernen Sie die Datei, die an seiner Stelle liegt.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="67"/>
        <source>Cannot write the cache file &quot;%1&quot;: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Die Cache-Datei „%1“ kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="79"/>
        <source>The cache file &quot;%1&quot; does not exist.</source>
        <translation>Die Cache-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="89"/>
        <source>Cannot read the cache file &quot;%1&quot;: %2.</source>
        <translation>Die Cache-Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckDetailsView</name>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="44"/>
        <source>What Wharf found</source>
        <translation>Was Wharf gefunden hat</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="46"/>
        <location filename="../app/CheckDetailsView.cpp" line="67"/>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="55"/>
        <source>Details of the check</source>
        <translation>Details der Prüfung</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="61"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="65"/>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="66"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="68"/>
        <source>Why it happens</source>
        <translation>Warum es passiert</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="105"/>
        <source>Select a check to see what it found and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was sie gefunden hat und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="194"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="195"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="197"/>
        <source>Copy command %1</source>
        <translation>Befehl %1 kopieren</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="198"/>
        <source>Copy this command, to paste it into a terminal</source>
        <translation>Diesen Befehl kopieren, um ihn in ein Terminal einzufügen</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="213"/>
        <source>Known problem: %1</source>
        <translation>Bekanntes Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="218"/>
        <source>Read more: %1</source>
        <translation>Mehr dazu: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckGroup</name>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="34"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="35"/>
        <source>CVMFS</source>
        <translation>CVMFS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="37"/>
        <source>Host security</source>
        <translation>Host-Sicherheit</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="39"/>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="41"/>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="43"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="44"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckProgressWidget</name>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="20"/>
        <location filename="../app/CheckProgressWidget.cpp" line="22"/>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="26"/>
        <source>Stop the checks that are still running</source>
        <translation>Die noch laufenden Prüfungen anhalten</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="27"/>
        <source>Cancel the checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CheckProgressWidget.cpp" line="63"/>
        <source>%1 of %n check done</source>
        <extracomment>Progress of the diagnostic checks: &quot;3 of 11 checks done&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Prüfung abgeschlossen</numerusform>
            <numerusform>%1 von %n Prüfungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CheckProgressWidget.cpp" line="63"/>
        <source>%1 of %n checks done</source>
        <translation>
            <numerusform>%1 von %n Prüfung abgeschlossen</numerusform>
            <numerusform>%1 von %n Prüfungen abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::CheckProgressWizardPage</name>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="29"/>
        <source>Checking this computer</source>
        <translation>Dieser Computer wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="30"/>
        <source>Each check only reads; a check that hangs (a /cvmfs repository, a program) is given up after its time limit.</source>
        <translation>Jede Prüfung liest nur; eine Prüfung, die hängt (ein /cvmfs-Repository, ein Programm), wird nach ihrem Zeitlimit aufgegeben.</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="34"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="64"/>
        <source>The checks are running. You can cancel them; the results so far are kept.</source>
        <translation>Die Prüfungen laufen. Sie können sie abbrechen; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="86"/>
        <source>Done: %1. Next shows what to do about each problem.</source>
        <translation>Fertig: %1. „Weiter“ zeigt, was bei jedem Problem zu tun ist.</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckResultModel</name>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="80"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="82"/>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="125"/>
        <location filename="../core/models/CheckResultModel.cpp" line="188"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="126"/>
        <location filename="../core/models/CheckResultModel.cpp" line="188"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/CheckResultModel.cpp" line="195"/>
        <source>%1 of %n check done</source>
        <translation>
            <numerusform>%1 von %n Prüfung abgeschlossen</numerusform>
            <numerusform>%1 von %n Prüfungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/CheckResultModel.cpp" line="195"/>
        <source>%1 of %n checks done</source>
        <translation>
            <numerusform>%1 von %n Prüfung abgeschlossen</numerusform>
            <numerusform>%1 von %n Prüfungen abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::CheckRunner</name>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="75"/>
        <source>Cancelled before it answered.</source>
        <translation>Abgebrochen, bevor sie antwortete.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="109"/>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="111"/>
        <source>The check did not answer within %1 s and was abandoned; something it reads (a /cvmfs repository, a program) hangs.</source>
        <translation>Die Prüfung hat nicht innerhalb von %1 s geantwortet und wurde aufgegeben; etwas, das sie liest (ein /cvmfs-Repository, ein Programm), hängt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="115"/>
        <source>Run the check again; if it hangs again, look at the CVMFS checks first: a hung /cvmfs repository blocks every program that touches it.</source>
        <translation>Führen Sie die Prüfung erneut aus; wenn sie wieder hängt, sehen Sie sich zuerst die CVMFS-Prüfungen an: Ein hängendes /cvmfs-Repository blockiert jedes Programm, das darauf zugreift.</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckStatus</name>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="25"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="26"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="27"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="30"/>
        <source>Not applicable</source>
        <extracomment>A diagnostic check that does not concern this computer</extracomment>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="32"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Wharf::CmsswPlanner</name>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="34"/>
        <source>%1 &quot;%2&quot; contains a blank or one of * ? [. The cmssw-elN wrappers split and expand their options, so they cannot mount it. Use a folder whose path has none of them, or another strategy.</source>
        <translation>%1 „%2“ enthält ein Leerzeichen oder eines der Zeichen * ? [. Die cmssw-elN-Wrapper zerlegen und expandieren ihre Optionen, daher können sie ihn nicht einhängen. Verwenden Sie einen Ordner, dessen Pfad keines davon enthält, oder eine andere Strategie.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="48"/>
        <source>The command word &quot;%1&quot; contains a quote (&apos;), a line break or a non-ASCII character, which the cmssw-elN wrappers cannot pass on intact. Put the command in a script in the working folder and run the script.</source>
        <translation>Das Befehlswort „%1“ enthält ein Anführungszeichen (&apos;), einen Zeilenumbruch oder ein Nicht-ASCII-Zeichen, das die cmssw-elN-Wrapper nicht unverändert weitergeben können. Schreiben Sie den Befehl in ein Skript im Arbeitsordner und führen Sie das Skript aus.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="63"/>
        <source>The working folder</source>
        <translation>Der Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="66"/>
        <source>The CVMFS folder</source>
        <translation>Der CVMFS-Ordner</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="70"/>
        <source>The folder to mount</source>
        <translation>Der einzuhängende Ordner</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="74"/>
        <source>The path inside the container</source>
        <translation>Der Pfad im Container</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="85"/>
        <source>The cmssw-elN wrappers run a one-word command as shell code, so &quot;%1&quot; would not run as one program. Give the program and its arguments as separate words.</source>
        <translation>Die cmssw-elN-Wrapper führen einen Befehl aus einem Wort als Shell-Code aus, daher würde „%1“ nicht als ein Programm laufen. Geben Sie das Programm und seine Argumente als getrennte Wörter an.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="110"/>
        <source>Apptainer (or Singularity) is installed: the cmssw-elN wrappers run it.</source>
        <translation>Apptainer (oder Singularity) ist installiert: Die cmssw-elN-Wrapper führen es aus.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="120"/>
        <source>The CVMFS repository %1 answers.</source>
        <translation>Das CVMFS-Repository %1 antwortet.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="123"/>
        <source>The CMS wrapper %1 exists.</source>
        <translation>Der CMS-Wrapper %1 existiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="126"/>
        <source>The platform %1 is ignored: the cmssw-elN wrappers pick the image for this computer&apos;s own architecture.</source>
        <translation>Die Plattform %1 wird ignoriert: Die cmssw-elN-Wrapper wählen das Image für die eigene Architektur dieses Computers.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="131"/>
        <source>The cmssw-elN wrappers always start bash; the shell %1 is not used.</source>
        <translation>Die cmssw-elN-Wrapper starten immer bash; die Shell %1 wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>Wharf::CommandCall</name>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="77"/>
        <source>%1 is not installed or not on the PATH.</source>
        <translation>%1 ist nicht installiert oder nicht im PATH.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="80"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="88"/>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="101"/>
        <source>%1 gave no answer within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Wharf::CommandEngines</name>
    <message>
        <location filename="../app/cli/CommandEngines.cpp" line="52"/>
        <source>No container engine answers. Podman is installed: start its service with &quot;systemctl --user start podman.socket&quot;, or open Wharf&apos;s window, which starts one for the session.</source>
        <translation>Keine Container-Engine antwortet. Podman ist installiert: Starten Sie seinen Dienst mit „systemctl --user start podman.socket“ oder öffnen Sie das Wharf-Fenster, das einen für die Sitzung startet.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandEngines.cpp" line="56"/>
        <source>No container engine answers. Install and start Docker or Podman (Debian/Ubuntu: &quot;sudo apt install podman&quot;).</source>
        <translation>Keine Container-Engine antwortet. Installieren und starten Sie Docker oder Podman (Debian/Ubuntu: „sudo apt install podman“).</translation>
    </message>
</context>
<context>
    <name>Wharf::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="39"/>
        <source>Usage: wharf [COMMAND] [OPTIONS]

Without a command, Wharf opens its window.

Commands:
  engines              List the container engines Wharf finds: endpoint, how it
                       was found, version, and whether it answers (or why not).
  images [--engine NAME] [--json]
                       List the images of every engine (or of one).
  diagnose [--symptom SYMPTOM] [--json]
                       Check this computer for what breaks containers with CVMFS
                       (FUSE, SELinux, mount propagation, Docker Desktop file
                       sharing, ...) and say how to fix it. Exits 1 when a check
                       fails. Symptoms: cvmfs-missing, permission-denied,
                       pull-fails, container-exits, login-fails, other.
  explain [FILE] [--json]
                       Explain an error message read from FILE or standard input:
                       what went wrong, why, and how to fix it. Exits 1 when the
                       message is not a known error.
  launch [--strategy S] [--engine NAME] [--workdir DIR] [--print] IMAGE [-- CMD...]
                       Open a shell (or run CMD) in a container with /cvmfs and your
                       working folder, in this terminal; --print shows the command.
                       &quot;wharf launch --help&quot; says more.
  registry login|logout|list|repos|tags|inspect ...
                       Log in to image registries (the secret goes to the system
                       keychain), list repositories and tags, inspect images.
                       &quot;wharf registry --help&quot; says more.
  unpacked list [--root DIR] [--filter TEXT] [--json]
                       List the images published on unpacked.cern.ch: name,
                       path, when synced, whether runnable.
  unpacked recipe REFERENCE
                       Print the recipe.yaml line that requests an image on
                       unpacked.cern.ch. &quot;wharf unpacked --help&quot; says more.

Options:
  --version            Print the versions of Wharf and Qt.
  --help               Print this help.

Engines are found through the engine setting, DOCKER_HOST, the current docker
context, CONTAINER_HOST and the well-known sockets of Docker and Podman.
</source>
        <translation>Aufruf: wharf [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet Wharf sein Fenster.

Befehle:
  engines              Die Container-Engines auflisten, die Wharf findet: Endpunkt,
                       wie sie gefunden wurde, Version und ob sie antwortet (oder
                       warum nicht).
  images [--engine NAME] [--json]
                       Die Images aller Engines (oder einer) auflisten.
  diagnose [--symptom SYMPTOM] [--json]
                       Diesen Computer auf das prüfen, woran Container mit CVMFS
                       scheitern (FUSE, SELinux, Mount-Propagation, Dateifreigabe
                       von Docker Desktop, ...), und sagen, wie es sich beheben
                       lässt. Endet mit 1, wenn eine Prüfung fehlschlägt.
                       Symptome: cvmfs-missing, permission-denied, pull-fails,
                       container-exits, login-fails, other.
  explain [DATEI] [--json]
                       Eine Fehlermeldung aus DATEI oder der Standardeingabe
                       erklären: was schiefging, warum und wie es sich beheben
                       lässt. Endet mit 1, wenn die Meldung kein bekannter
                       Fehler ist.
  launch [--strategy S] [--engine NAME] [--workdir VERZ] [--print] IMAGE [-- BEFEHL...]
                       Eine Shell öffnen (oder BEFEHL ausführen), in einem Container
                       mit /cvmfs und Ihrem Arbeitsordner, in diesem Terminal;
                       --print zeigt den Befehl an.
                       „wharf launch --help“ sagt mehr.
  registry login|logout|list|repos|tags|inspect ...
                       Bei Image-Registrys anmelden (das Geheimnis kommt in den
                       Schlüsselbund des Systems), Repositorys und Tags auflisten,
                       Images untersuchen.
                       „wharf registry --help“ sagt mehr.
  unpacked list [--root VERZ] [--filter TEXT] [--json]
                       Die auf unpacked.cern.ch veröffentlichten Images auflisten:
                       Name, Pfad, Zeitpunkt der Synchronisation, ob ausführbar.
  unpacked recipe REFERENZ
                       Die Zeile von recipe.yaml ausgeben, die ein Image auf
                       unpacked.cern.ch anfordert.
                       „wharf unpacked --help“ sagt mehr.

Optionen:
  --version            Die Versionen von Wharf und Qt ausgeben.
  --help               Diese Hilfe ausgeben.

Engines werden über die Engine-Einstellung, DOCKER_HOST, den aktuellen docker-
Kontext, CONTAINER_HOST und die bekannten Sockets von Docker und Podman gefunden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="126"/>
        <source>wharf: unknown command &quot;%1&quot;.
</source>
        <translation>wharf: unbekannter Befehl „%1“.
</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerDetails</name>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="31"/>
        <source>the container details</source>
        <translation>die Container-Details</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="37"/>
        <source>The engine&apos;s container details are not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Container-Details der Engine sind kein JSON-Objekt. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="48"/>
        <source>The engine&apos;s container details have no container ID.</source>
        <translation>Die Container-Details der Engine enthalten keine Container-ID.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerDetailsPanel</name>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="36"/>
        <source>Container details</source>
        <translation>Container-Details</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="72"/>
        <source>Select a container to see its details.</source>
        <translation>Wählen Sie einen Container, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="104"/>
        <source>The engine no longer has this container: it was probably removed meanwhile.</source>
        <translation>Die Engine hat diesen Container nicht mehr: Er wurde wahrscheinlich inzwischen entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="142"/>
        <source>%1 (%2)</source>
        <extracomment>A time and how long ago: &quot;2026-11-24 10:31:05 (3 hours ago)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="148"/>
        <source>This is the cvmfs-automounter.</source>
        <translation>Dies ist der cvmfs-automounter.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="149"/>
        <source>It mounts CVMFS repositories on demand and shares them with every container started with the automounter strategy. Stopping or removing it takes /cvmfs away from all of them.</source>
        <translation>Er hängt CVMFS-Repositorys bei Bedarf ein und teilt sie mit jedem Container, der mit der Automounter-Strategie gestartet wurde. Ihn anzuhalten oder zu entfernen nimmt ihnen allen /cvmfs weg.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="161"/>
        <source>%1 (exit code %2)</source>
        <extracomment>A stopped container&apos;s state and exit code: &quot;Exited (exit code 137)&quot;.</extracomment>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="162"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="165"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="167"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="170"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="173"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="174"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="177"/>
        <location filename="../app/ContainerDetailsPanel.cpp" line="179"/>
        <location filename="../app/ContainerDetailsPanel.cpp" line="181"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="181"/>
        <source>not started by Wharf</source>
        <translation>nicht von Wharf gestartet</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="183"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="184"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="188"/>
        <location filename="../app/ContainerDetailsPanel.cpp" line="200"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="189"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="191"/>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="192"/>
        <source>not set (/)</source>
        <translation>nicht gesetzt (/)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="194"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="195"/>
        <source>not set (root)</source>
        <translation>nicht gesetzt (root)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="198"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="207"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="213"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="219"/>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="221"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="229"/>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="229"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="241"/>
        <source>from %1, %2</source>
        <extracomment>A mount in the details: &quot;from /home/alice/analysis, read-only&quot;.</extracomment>
        <translation>von %1, %2</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerExecPlanner</name>
    <message>
        <location filename="../core/launch/ContainerExecPlanner.cpp" line="47"/>
        <source>&quot;%1&quot; is not a shell Wharf can start. Choose bash, zsh or sh.</source>
        <translation>„%1“ ist keine Shell, die Wharf starten kann. Wählen Sie bash, zsh oder sh.</translation>
    </message>
    <message>
        <location filename="../core/launch/ContainerExecPlanner.cpp" line="53"/>
        <source>&quot;%1&quot; cannot be the working directory in the container: it must be an absolute path.</source>
        <translation>„%1“ kann nicht das Arbeitsverzeichnis im Container sein: Es muss ein absoluter Pfad sein.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerListModel</name>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="99"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="100"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="101"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="102"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="103"/>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="104"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="163"/>
        <source>cvmfs-automounter</source>
        <translation>cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="208"/>
        <source>The cvmfs-automounter: it provides /cvmfs to every container started with the automounter strategy. Removing it takes /cvmfs away from all of them.</source>
        <translation>Der cvmfs-automounter: Er stellt /cvmfs für jeden Container bereit, der mit der Automounter-Strategie gestartet wurde. Ihn zu entfernen nimmt ihnen allen /cvmfs weg.</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="216"/>
        <source>Provides /cvmfs to the containers started with the automounter strategy</source>
        <translation>Stellt /cvmfs für die mit der Automounter-Strategie gestarteten Container bereit</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="220"/>
        <source>Not started by Wharf</source>
        <translation>Nicht von Wharf gestartet</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="272"/>
        <source>volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="274"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="275"/>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="275"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="283"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="295"/>
        <source>Host mount</source>
        <translation>Host-Mount</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="296"/>
        <source>Automounter</source>
        <translation>Automounter</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="297"/>
        <source>FUSE</source>
        <translation>FUSE</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="298"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="299"/>
        <source>CMS wrapper</source>
        <translation>CMS-Wrapper</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerLogDecoder</name>
    <message>
        <location filename="../core/engine/ContainerLogDecoder.cpp" line="108"/>
        <source>The engine&apos;s log stream is not in the format Wharf expects; the rest of the log cannot be shown.</source>
        <translation>Der Protokollstrom der Engine hat nicht das Format, das Wharf erwartet; der Rest des Protokolls kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerLogView</name>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="44"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="45"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="52"/>
        <source>Log of %1 (%2)</source>
        <extracomment>Window title: the log of container %1 on engine %2 (&quot;Docker&quot;).</extracomment>
        <translation>Protokoll von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="60"/>
        <source>Container log</source>
        <translation>Container-Protokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainerLogView.cpp" line="67"/>
        <source>Show the last %n lines again and follow what the container writes</source>
        <translation>
            <numerusform>Die letzte Zeile erneut anzeigen und verfolgen, was der Container schreibt</numerusform>
            <numerusform>Die letzten %n Zeilen erneut anzeigen und verfolgen, was der Container schreibt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="70"/>
        <source>Stop following the log; what is shown stays</source>
        <translation>Das Protokoll nicht mehr verfolgen; die Anzeige bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="72"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="96"/>
        <source>The engine went away: the log ends here.</source>
        <translation>Die Engine ist nicht mehr erreichbar: Das Protokoll endet hier.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="148"/>
        <source>Following the log of %1: new lines appear as it writes them.</source>
        <translation>Das Protokoll von %1 wird verfolgt: Neue Zeilen erscheinen, sobald sie geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="265"/>
        <source>%1 stopped: the log ends here.</source>
        <translation>%1 wurde angehalten: Das Protokoll endet hier.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="267"/>
        <source>Not following: press Follow to show the latest lines and follow again.</source>
        <translation>Nicht verfolgt: Klicken Sie auf „Verfolgen“, um die neuesten Zeilen anzuzeigen und wieder zu verfolgen.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerSummary</name>
    <message>
        <location filename="../core/engine/ContainerSummary.cpp" line="49"/>
        <source>the container list</source>
        <translation>die Container-Liste</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerSummary.cpp" line="55"/>
        <source>The engine&apos;s container list is not a JSON array. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Container-Liste der Engine ist kein JSON-Array. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainersPage</name>
    <message>
        <location filename="../app/ContainersPage.cpp" line="52"/>
        <source>The cvmfs-automounter is not removed from here: every container started with the automounter strategy would lose /cvmfs. If you mean it, use &quot;Remove Automounter…&quot; in the context menu.</source>
        <translation>Der cvmfs-automounter wird hier nicht entfernt: Jeder mit der Automounter-Strategie gestartete Container würde /cvmfs verlieren. Wenn Sie das wirklich wollen, verwenden Sie „Automounter entfernen …“ im Kontextmenü.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="67"/>
        <source>Show stopped</source>
        <translation>Angehaltene anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="70"/>
        <location filename="../app/ContainersPage.cpp" line="95"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="71"/>
        <location filename="../app/ContainersPage.cpp" line="87"/>
        <source>Open Terminal</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="92"/>
        <source>Open another terminal in the selected running container (Ctrl+T)</source>
        <translation>Ein weiteres Terminal im ausgewählten laufenden Container öffnen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="99"/>
        <source>Show the selected container&apos;s log and follow it (Ctrl+Shift+L)</source>
        <translation>Das Protokoll des ausgewählten Containers anzeigen und verfolgen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="102"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="105"/>
        <source>Start the selected stopped containers again, with the options they were created with</source>
        <translation>Die ausgewählten angehaltenen Container erneut starten, mit den Optionen, mit denen sie erstellt wurden</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="109"/>
        <location filename="../app/ContainersPage.cpp" line="638"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="114"/>
        <source>Stop the selected containers: their programs get 10 seconds to end (Ctrl+Shift+S)</source>
        <translation>Die ausgewählten Container anhalten: Ihre Programme haben 10 Sekunden Zeit, sich zu beenden (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="117"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="123"/>
        <source>Remove Automounter…</source>
        <translation>Automounter entfernen …</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="129"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="135"/>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="147"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="159"/>
        <source>Filter by name, image, strategy or mount (Ctrl+F)</source>
        <translation>Nach Name, Image, Strategie oder Mount filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="161"/>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="166"/>
        <source>Show containers that have ended as well as the running ones</source>
        <translation>Beendete Container ebenso wie laufende anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="170"/>
        <source>Show containers of</source>
        <translation>Container anzeigen von</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="171"/>
        <source>All engines</source>
        <translation>Alle Engines</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="177"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="230"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="271"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;No containers yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Launch one from the &lt;a href=&quot;images&quot;&gt;Images page&lt;/a&gt;: pick an image, press Launch, and a terminal opens in it with /cvmfs. Its container shows up here.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;Noch keine Container&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starten Sie einen auf der &lt;a href=&quot;images&quot;&gt;Seite „Images“&lt;/a&gt;: Wählen Sie ein Image, klicken Sie auf „Starten“, und ein Terminal mit /cvmfs öffnet sich darin. Sein Container erscheint dann hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="311"/>
        <source>%1 stopped answering</source>
        <translation>%1 antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="313"/>
        <source>Its containers are shown as last seen. Wharf reconnects as soon as the engine is back.</source>
        <translation>Die Container werden so angezeigt, wie sie zuletzt gesehen wurden. Wharf verbindet sich neu, sobald die Engine wieder da ist.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="379"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="428"/>
        <source>Select one running container to open a terminal in it (Ctrl+T)</source>
        <translation>Wählen Sie einen laufenden Container, um darin ein Terminal zu öffnen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="431"/>
        <source>%1 is not running: a terminal can only open in a running container</source>
        <translation>%1 läuft nicht: Ein Terminal kann nur in einem laufenden Container geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="443"/>
        <source>Remove the selected containers (Delete)</source>
        <translation>Die ausgewählten Container entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="513"/>
        <source>Cannot open a terminal in %1</source>
        <translation>In %1 kann kein Terminal geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="534"/>
        <source>%1 (%2)</source>
        <extracomment>Terminal window title: container name and engine.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="550"/>
        <source>The command in the terminal ended at once (%1).</source>
        <translation>Der Befehl im Terminal endete sofort (%1).</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="552"/>
        <source>The command in the terminal ended at once (%1): %2</source>
        <translation>Der Befehl im Terminal endete sofort (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="598"/>
        <source>Cannot start %1</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="619"/>
        <source>Cannot stop %1</source>
        <translation>%1 kann nicht angehalten werden</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="633"/>
        <source>Stop the cvmfs-automounter</source>
        <translation>cvmfs-automounter anhalten</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="634"/>
        <source>Stop the cvmfs-automounter &quot;%1&quot;?</source>
        <translation>Den cvmfs-automounter „%1“ anhalten?</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="635"/>
        <source>Every container started with the automounter strategy loses /cvmfs until it runs again: the software under /cvmfs disappears from their terminals and jobs that use it fail.</source>
        <translation>Jeder mit der Automounter-Strategie gestartete Container verliert /cvmfs, bis er wieder läuft: Die Software unter /cvmfs verschwindet aus ihren Terminals, und Jobs, die sie verwenden, schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="650"/>
        <source>The cvmfs-automounter stays</source>
        <translation>cvmfs-automounter behalten</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="657"/>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="661"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainersPage.cpp" line="662"/>
        <source>Remove %n containers?</source>
        <translation>
            <numerusform>%n Container entfernen?</numerusform>
            <numerusform>%n Container entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainersPage.cpp" line="665"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="667"/>
        <source>A running container is stopped first: whatever runs in it ends, and terminals open in it close. </source>
        <translation>Ein laufender Container wird zuerst angehalten: Was darin läuft, endet, und darin geöffnete Terminals werden geschlossen. </translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="671"/>
        <source>What was written inside the container is lost; files in mounted folders stay.</source>
        <translation>Was im Container geschrieben wurde, geht verloren; Dateien in eingehängten Ordnern bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="672"/>
        <source>Remove Containers</source>
        <translation>Container entfernen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="672"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="684"/>
        <source>Remove the cvmfs-automounter</source>
        <translation>cvmfs-automounter entfernen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="685"/>
        <source>Remove the cvmfs-automounter &quot;%1&quot;?</source>
        <translation>Den cvmfs-automounter „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="686"/>
        <source>Every container started with the automounter strategy loses /cvmfs: the software under /cvmfs disappears from their terminals and jobs that use it fail. A new launch with the automounter strategy offers to start it again.</source>
        <translation>Jeder mit der Automounter-Strategie gestartete Container verliert /cvmfs: Die Software unter /cvmfs verschwindet aus ihren Terminals, und Jobs, die sie verwenden, schlagen fehl. Ein neuer Start mit der Automounter-Strategie bietet an, ihn wieder zu starten.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="691"/>
        <source>Remove Automounter</source>
        <translation>Automounter entfernen</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="707"/>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialExporter</name>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="50"/>
        <source>On Debian and Ubuntu it comes with the package golang-docker-credential-helpers; on other systems install docker-credential-helpers (docker-credential-secretservice) from the distribution or from the docker-credential-helpers project.</source>
        <translation>Unter Debian und Ubuntu ist er im Paket golang-docker-credential-helpers enthalten; auf anderen Systemen installieren Sie docker-credential-helpers (docker-credential-secretservice) aus der Distribution oder vom Projekt docker-credential-helpers.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="55"/>
        <source>It comes with Docker Desktop, or with Homebrew&apos;s docker-credential-helper package.</source>
        <translation>Er ist in Docker Desktop enthalten oder im Homebrew-Paket docker-credential-helper.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="58"/>
        <source>It comes with Docker Desktop, or from the docker-credential-helpers project&apos;s releases.</source>
        <translation>Er ist in Docker Desktop enthalten oder in den Releases des Projekts docker-credential-helpers.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="72"/>
        <source>Docker&apos;s configuration file</source>
        <translation>Konfigurationsdatei von Docker</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="73"/>
        <source>Podman&apos;s auth file</source>
        <translation>Auth-Datei von Podman</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="151"/>
        <source>Podman reads %1 first and cannot read it, so it will fail before it gets to this file: fix or remove %1.</source>
        <translation>Podman liest zuerst %1 und kann diese Datei nicht lesen, daher scheitert es, bevor es zu dieser Datei kommt: Korrigieren oder entfernen Sie %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="163"/>
        <source>But Podman reads %1 first, which sends logins for %2 to docker-credential-%3: Podman will use that one.</source>
        <translation>Podman liest jedoch zuerst %1, das Anmeldungen für %2 an docker-credential-%3 sendet: Podman wird diese verwenden.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="169"/>
        <source>But Podman reads %1 first, which holds a login for %2 in clear: Podman will use that one until you remove it (podman logout --authfile %1 %2).</source>
        <translation>Podman liest jedoch zuerst %1, das eine Anmeldung für %2 im Klartext enthält: Podman wird diese verwenden, bis Sie sie entfernen (podman logout --authfile %1 %2).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="185"/>
        <source>“%1” is not a registry address (HOST or HOST:PORT).</source>
        <translation>„%1“ ist keine Registry-Adresse (HOST oder HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="201"/>
        <source>In %1 %2, the credHelpers entry for %3 is not a helper name. Fix the file; Wharf does not change it.</source>
        <translation>In der %1 %2 ist der credHelpers-Eintrag für %3 kein Helper-Name. Korrigieren Sie die Datei; Wharf ändert sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="214"/>
        <source>%1 %2 names “%3” as the credential helper for %4, which is not a helper name (only letters, digits, “.”, “_” and “-”). Fix the file; Wharf does not use it.</source>
        <translation>Die %1 %2 nennt „%3“ als Credential-Helper für %4, was kein Helper-Name ist (nur Buchstaben, Ziffern, „.“, „_“ und „-“). Korrigieren Sie die Datei; Wharf verwendet ihn nicht.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="223"/>
        <source>%1 %2 sends logins for %3 to %4, which is not installed (not on the PATH). Install it, or remove it from the file. Wharf does not write the secret in clear instead.</source>
        <translation>Die %1 %2 sendet Anmeldungen für %3 an %4, das nicht installiert ist (nicht im PATH). Installieren Sie es oder entfernen Sie es aus der Datei. Wharf schreibt das Geheimnis nicht stattdessen im Klartext.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="238"/>
        <source>%1 %2 names no credential helper for %3, and %4, which keeps logins in the system keychain, is not installed (not on the PATH). Wharf does not write the secret in clear: install the helper and try again.</source>
        <translation>Die %1 %2 nennt keinen Credential-Helper für %3, und %4, das Anmeldungen im Schlüsselbund des Systems hält, ist nicht installiert (nicht im PATH). Wharf schreibt das Geheimnis nicht im Klartext: Installieren Sie den Helper und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="255"/>
        <source>%1 %2 will send logins for %3 to %4, which keeps them in the system keychain.</source>
        <translation>Die %1 %2 wird Anmeldungen für %3 an %4 senden, das sie im Schlüsselbund des Systems hält.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="258"/>
        <source>%1 %2 will send logins for %3 to %4.</source>
        <translation>Die %1 %2 wird Anmeldungen für %3 an %4 senden.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="262"/>
        <source>%1 %2 already sends logins for %3 to %4: the login will be stored there, in the system keychain.</source>
        <translation>Die %1 %2 sendet Anmeldungen für %3 bereits an %4: Die Anmeldung wird dort gespeichert, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="265"/>
        <source>%1 %2 already sends logins for %3 to %4: the login will be stored there.</source>
        <translation>Die %1 %2 sendet Anmeldungen für %3 bereits an %4: Die Anmeldung wird dort gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="271"/>
        <source>The password the file now holds in clear for %1 will be removed from it.</source>
        <translation>Das Passwort, das die Datei jetzt im Klartext für %1 enthält, wird daraus entfernt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="322"/>
        <source>Wharf has no login for %1 to share with %2: log in first.</source>
        <translation>Wharf hat keine Anmeldung für %1, die mit %2 geteilt werden kann: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="329"/>
        <source>The login is for %1, not %2: nothing was shared.</source>
        <translation>Die Anmeldung gilt für %1, nicht für %2: Es wurde nichts geteilt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="344"/>
        <source>%1 changed since Wharf read it: %2 Look at the change again before sharing.</source>
        <translation>Die %1 hat sich geändert, seit Wharf sie gelesen hat: %2 Sehen Sie sich die Änderung vor dem Teilen erneut an.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="379"/>
        <source>%1 Nothing was shared with %2.</source>
        <translation>%1 Mit %2 wurde nichts geteilt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="393"/>
        <source>The login for %1 is now kept by docker-credential-%2, but the password %3 holds in clear could not be removed from it: %4</source>
        <translation>Die Anmeldung für %1 wird jetzt von docker-credential-%2 gehalten, aber das Passwort, das %3 im Klartext enthält, konnte nicht daraus entfernt werden: %4</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="402"/>
        <source>The login for %1 is now kept by docker-credential-%2, but %3 could not be read again to remove the password it holds in clear.</source>
        <translation>Die Anmeldung für %1 wird jetzt von docker-credential-%2 gehalten, aber %3 konnte nicht erneut gelesen werden, um das darin im Klartext enthaltene Passwort zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialHelperCall</name>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="53"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Der Credential-Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="64"/>
        <source>The credential helper %1 crashed.</source>
        <translation>Der Credential-Helper %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="76"/>
        <source>The credential helper %1 gave no answer within %2 s. Check that its keychain is unlocked and answers, then try again.</source>
        <translation>Der Credential-Helper %1 hat innerhalb von %2 s nicht geantwortet. Prüfen Sie, ob sein Schlüsselbund entsperrt ist und antwortet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="102"/>
        <source>The credential helper %1 printed more than 1 MiB; that is not a credential helper&apos;s answer.</source>
        <translation>Der Credential-Helper %1 hat mehr als 1 MiB ausgegeben; das ist keine Antwort eines Credential-Helpers.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialHelperClient</name>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="82"/>
        <source>No registry address to give to the credential helper %1.</source>
        <translation>Keine Registry-Adresse, die dem Credential-Helper %1 übergeben werden kann.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="96"/>
        <source>“%1” is not the name of a credential helper (docker-credential-NAME): a name has only letters, digits, “.”, “_” and “-”. Check credsStore and credHelpers in Docker&apos;s config.json.</source>
        <translation>„%1“ ist nicht der Name eines Credential-Helpers (docker-credential-NAME): Ein Name besteht nur aus Buchstaben, Ziffern, „.“, „_“ und „-“. Prüfen Sie credsStore und credHelpers in der config.json von Docker.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="105"/>
        <source>The credential helper %1 is not installed or not on the PATH. Install it, or remove it from credsStore/credHelpers in Docker&apos;s config.json.</source>
        <translation>Der Credential-Helper %1 ist nicht installiert oder nicht im PATH. Installieren Sie ihn oder entfernen Sie ihn aus credsStore/credHelpers in der config.json von Docker.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="141"/>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="179"/>
        <source>The credential helper %1 has no login for %2.</source>
        <translation>Der Credential-Helper %1 hat keine Anmeldung für %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="145"/>
        <source>The credential helper %1 could not read the login for %2.</source>
        <translation>Der Credential-Helper %1 konnte die Anmeldung für %2 nicht lesen.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="148"/>
        <source>The credential helper %1 could not save the login for %2.</source>
        <translation>Der Credential-Helper %1 konnte die Anmeldung für %2 nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="151"/>
        <source>The credential helper %1 could not remove the login for %2.</source>
        <translation>Der Credential-Helper %1 konnte die Anmeldung für %2 nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="154"/>
        <source>The credential helper %1 could not list its logins.</source>
        <translation>Der Credential-Helper %1 konnte seine Anmeldungen nicht auflisten.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="156"/>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="184"/>
        <source>The credential helper %1 answered with something that is not a login.</source>
        <translation>Der Credential-Helper %1 hat mit etwas geantwortet, das keine Anmeldung ist.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="205"/>
        <source>A username and a password are needed to save a login with %1.</source>
        <translation>Zum Speichern einer Anmeldung mit %1 werden ein Benutzername und ein Passwort benötigt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="259"/>
        <source>The credential helper %1 answered “list” with something that is not a list of logins.</source>
        <translation>Der Credential-Helper %1 hat auf „list“ mit etwas geantwortet, das keine Liste von Anmeldungen ist.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialImporter</name>
    <message>
        <location filename="../core/credentials/CredentialImporter.cpp" line="203"/>
        <source>%1 no longer holds a login for %2.</source>
        <translation>%1 enthält keine Anmeldung für %2 mehr.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialStore</name>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="58"/>
        <source>Give a username for %1 (without control characters).</source>
        <translation>Geben Sie einen Benutzernamen für %1 an (ohne Steuerzeichen).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="61"/>
        <source>Give a password or token for %1 (a NUL character cannot be kept).</source>
        <translation>Geben Sie ein Passwort oder Token für %1 an (ein NUL-Zeichen kann nicht gespeichert werden).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="148"/>
        <source>You are not logged in to %1.</source>
        <translation>Sie sind nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="195"/>
        <source>No password is kept for %1 (user %2): log in again.</source>
        <translation>Für %1 (Benutzer %2) ist kein Passwort gespeichert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="243"/>
        <source>%1 is not in the list of registries.</source>
        <translation>%1 ist nicht in der Liste der Registrys.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="246"/>
        <source>%1 is already in the list of registries.</source>
        <translation>%1 ist bereits in der Liste der Registrys.</translation>
    </message>
</context>
<context>
    <name>Wharf::CvmfsClientCheck</name>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="15"/>
        <source>CVMFS client tools</source>
        <translation>CVMFS-Client-Werkzeuge</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="22"/>
        <source>There is no CVMFS client for Windows.</source>
        <translation>Für Windows gibt es keinen CVMFS-Client.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="29"/>
        <source>The CVMFS client is installed.</source>
        <translation>Der CVMFS-Client ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="30"/>
        <source>cvmfs_config: %1</source>
        <translation>cvmfs_config: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="35"/>
        <source>The CVMFS client is not installed: this computer cannot mount /cvmfs itself.</source>
        <translation>Der CVMFS-Client ist nicht installiert: Dieser Computer kann /cvmfs nicht selbst einhängen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="38"/>
        <source>cvmfs_config: not found on the PATH (%1)</source>
        <translation>cvmfs_config: nicht im PATH gefunden (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="41"/>
        <source>Install the CVMFS package for macOS from https://cernvm.cern.ch/fs/ (it needs macFUSE), then `sudo cvmfs_config setup`. Docker Desktop cannot see host FUSE mounts: containers then need an image that mounts CVMFS itself.</source>
        <translation>Installieren Sie das CVMFS-Paket für macOS von https://cernvm.cern.ch/fs/ (es braucht macFUSE), dann `sudo cvmfs_config setup`. Docker Desktop sieht keine FUSE-Mounts des Hosts: Container brauchen dann ein Image, das CVMFS selbst einhängt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="49"/>
        <source>Debian/Ubuntu: install the CernVM repository package (`cvmfs-release-latest_all.deb` from https://cvmrepo.s3.cern.ch/cvmrepo/apt/), then `sudo apt-get update &amp;&amp; sudo apt-get install cvmfs cvmfs-config-default`.</source>
        <translation>Debian/Ubuntu: Installieren Sie das Repository-Paket von CernVM (`cvmfs-release-latest_all.deb` von https://cvmrepo.s3.cern.ch/cvmrepo/apt/), dann `sudo apt-get update &amp;&amp; sudo apt-get install cvmfs cvmfs-config-default`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="54"/>
        <source>RHEL/Alma/Fedora: `sudo dnf install https://cvmrepo.s3.cern.ch/cvmrepo/yum/cvmfs-release-latest.noarch.rpm`, then `sudo dnf install cvmfs cvmfs-config-default`.</source>
        <translation>RHEL/Alma/Fedora: `sudo dnf install https://cvmrepo.s3.cern.ch/cvmrepo/yum/cvmfs-release-latest.noarch.rpm`, dann `sudo dnf install cvmfs cvmfs-config-default`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="57"/>
        <source>Then `sudo cvmfs_config setup`; on a laptop put `CVMFS_REPOSITORIES=cms.cern.ch,unpacked.cern.ch` and `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, and check with `cvmfs_config probe`.</source>
        <translation>Dann `sudo cvmfs_config setup`; auf einem Laptop tragen Sie `CVMFS_REPOSITORIES=cms.cern.ch,unpacked.cern.ch` und `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local ein und prüfen mit `cvmfs_config probe`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="61"/>
        <source>Without installing: the CVMFS automounter container, or an image that mounts CVMFS itself.</source>
        <translation>Ohne Installation: der CVMFS-Automounter-Container oder ein Image, das CVMFS selbst einhängt.</translation>
    </message>
</context>
<context>
    <name>Wharf::CvmfsMountCheck</name>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="70"/>
        <source>/cvmfs and its repositories</source>
        <translation>/cvmfs und seine Repositorys</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="98"/>
        <source>Windows has no /cvmfs; containers get CVMFS from a Linux engine or an image that mounts it itself.</source>
        <translation>Windows hat kein /cvmfs; Container erhalten CVMFS von einer Linux-Engine oder einem Image, das es selbst einhängt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="146"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="148"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="150"/>
        <source>%1: exists but is not a directory</source>
        <translation>%1: existiert, ist aber kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="152"/>
        <source>%1: empty directory (answered in %2 ms)</source>
        <translation>%1: leeres Verzeichnis (Antwort in %2 ms)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="157"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="159"/>
        <source>%1: directory, entries: %2 (%3), answered in %4 ms</source>
        <translation>%1: Verzeichnis, Einträge: %2 (%3), Antwort in %4 ms</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="200"/>
        <source>CVMFS is not mounted on this computer: /cvmfs does not exist.</source>
        <translation>CVMFS ist auf diesem Computer nicht eingehängt: /cvmfs existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="203"/>
        <source>Install the CVMFS client on this computer (host mount): the packages `cvmfs` and `cvmfs-config-default` from the CernVM repository, then `sudo cvmfs_config setup`. On a laptop outside CERN put `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, then check with `cvmfs_config probe`.</source>
        <translation>Installieren Sie den CVMFS-Client auf diesem Computer (Host-Mount): die Pakete `cvmfs` und `cvmfs-config-default` aus dem CernVM-Repository, dann `sudo cvmfs_config setup`. Auf einem Laptop außerhalb des CERN tragen Sie `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local ein und prüfen dann mit `cvmfs_config probe`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="209"/>
        <source>Or, on Linux without installing anything: use the CVMFS automounter container, which mounts /cvmfs for the other containers (Wharf can start it; it needs extra privileges).</source>
        <translation>Oder unter Linux ohne jede Installation: Verwenden Sie den CVMFS-Automounter-Container, der /cvmfs für die anderen Container einhängt (Wharf kann ihn starten; er braucht zusätzliche Rechte).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="212"/>
        <source>Or use an image that mounts CVMFS itself (it needs `--cap-add SYS_ADMIN --device /dev/fuse`), or run an image from /cvmfs/unpacked.cern.ch on a computer that has CVMFS (lxplus).</source>
        <translation>Oder verwenden Sie ein Image, das CVMFS selbst einhängt (es braucht `--cap-add SYS_ADMIN --device /dev/fuse`), oder führen Sie ein Image aus /cvmfs/unpacked.cern.ch auf einem Computer mit CVMFS aus (lxplus).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="226"/>
        <source>/cvmfs does not answer.</source>
        <translation>/cvmfs antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="227"/>
        <source>/cvmfs cannot be read.</source>
        <translation>/cvmfs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="230"/>
        <source>Restart the automounter: `sudo systemctl restart autofs`, then look again with `ls /cvmfs/cms.cern.ch`.</source>
        <translation>Starten Sie den Automounter neu: `sudo systemctl restart autofs`, und sehen Sie dann erneut mit `ls /cvmfs/cms.cern.ch` nach.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="232"/>
        <source>If /cvmfs is the automounter container&apos;s mount, restart that container.</source>
        <translation>Wenn /cvmfs der Mount des Automounter-Containers ist, starten Sie diesen Container neu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="257"/>
        <source>%1 (no answer within %2 s)</source>
        <translation>%1 (keine Antwort innerhalb von %2 s)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="259"/>
        <source>%1 (does not exist)</source>
        <translation>%1 (existiert nicht)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="260"/>
        <source>%1 (empty: not mounted)</source>
        <translation>%1 (leer: nicht eingehängt)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="262"/>
        <source>%1 (its CVMFS client died)</source>
        <translation>%1 (sein CVMFS-Client ist abgestürzt)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="265"/>
        <source>%1 (too many levels of symbolic links)</source>
        <translation>%1 (zu viele Ebenen symbolischer Links)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="267"/>
        <source>%1 (not a directory)</source>
        <translation>%1 (kein Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="277"/>
        <source>/cvmfs is present (no repository chosen to look at).</source>
        <translation>/cvmfs ist vorhanden (kein Repository zum Nachsehen gewählt).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="278"/>
        <source>/cvmfs answers: %1.</source>
        <translation>/cvmfs antwortet: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="285"/>
        <source>A CVMFS repository does not answer: %1.</source>
        <translation>Ein CVMFS-Repository antwortet nicht: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="286"/>
        <source>CVMFS repositories do not answer: %1.</source>
        <translation>CVMFS-Repositorys antworten nicht: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="292"/>
        <source>The CVMFS client of that repository died (&quot;Transport endpoint is not connected&quot;): `sudo umount %1` so autofs mounts it again on the next access, then restart the containers that use it. If it happens again: `sudo cvmfs_config wipecache`.</source>
        <translation>Der CVMFS-Client dieses Repositorys ist abgestürzt („Transport endpoint is not connected“): `sudo umount %1`, damit autofs es beim nächsten Zugriff erneut einhängt; starten Sie dann die Container neu, die es verwenden. Wenn es wieder passiert: `sudo cvmfs_config wipecache`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="303"/>
        <source>&quot;Too many levels of symbolic links&quot;: /cvmfs is managed by autofs and was bound without propagation. Bind it with `-v /cvmfs:/cvmfs:rslave`, or run `ls /cvmfs/%1` on the host before starting the container.</source>
        <translation>„Too many levels of symbolic links“: /cvmfs wird von autofs verwaltet und wurde ohne Propagation eingebunden. Binden Sie es mit `-v /cvmfs:/cvmfs:rslave` ein, oder führen Sie `ls /cvmfs/%1` auf dem Host aus, bevor Sie den Container starten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="312"/>
        <source>A repository that hangs cannot reach its servers: check the proxy (`CVMFS_HTTP_PROXY` in /etc/cvmfs/default.local; `DIRECT` on a laptop outside CERN), then `cvmfs_config probe %1`. If it stays stuck: `sudo cvmfs_config reload`, or `sudo systemctl restart autofs`.</source>
        <translation>Ein Repository, das hängt, erreicht seine Server nicht: Prüfen Sie den Proxy (`CVMFS_HTTP_PROXY` in /etc/cvmfs/default.local; `DIRECT` auf einem Laptop außerhalb des CERN), dann `cvmfs_config probe %1`. Wenn es hängen bleibt: `sudo cvmfs_config reload` oder `sudo systemctl restart autofs`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="321"/>
        <source>A repository that does not exist or is empty is not mounted: check that it is configured (`cvmfs_config showconfig %1`; the name must be in `CVMFS_REPOSITORIES` in /etc/cvmfs/default.local) and try `cvmfs_config probe %1`.</source>
        <translation>Ein Repository, das nicht existiert oder leer ist, ist nicht eingehängt: Prüfen Sie, ob es konfiguriert ist (`cvmfs_config showconfig %1`; der Name muss in `CVMFS_REPOSITORIES` in /etc/cvmfs/default.local stehen), und versuchen Sie `cvmfs_config probe %1`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="327"/>
        <source>If /cvmfs comes from the automounter container, check that it runs (`docker ps --filter name=cvmfs`), and bind /cvmfs into containers with :rslave so repositories mounted later show up.</source>
        <translation>Wenn /cvmfs vom Automounter-Container stammt, prüfen Sie, ob er läuft (`docker ps --filter name=cvmfs`), und binden Sie /cvmfs mit :rslave in Container ein, damit später eingehängte Repositorys sichtbar werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="337"/>
        <source>Look at the repository on the host with `cvmfs_config probe %1` and `cvmfs_config stat -v %1`; the CVMFS log is in syslog (`journalctl -t cvmfs2`).</source>
        <translation>Sehen Sie sich das Repository auf dem Host mit `cvmfs_config probe %1` und `cvmfs_config stat -v %1` an; das CVMFS-Protokoll steht im Syslog (`journalctl -t cvmfs2`).</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnoseCommand</name>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="43"/>
        <source>Usage: wharf diagnose [--symptom SYMPTOM] [--json]
Symptoms: %1
</source>
        <translation>Aufruf: wharf diagnose [--symptom SYMPTOM] [--json]
Symptome: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="65"/>
        <source>Wharf diagnostics: %1</source>
        <translation>Wharf-Diagnose: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="66"/>
        <source>Wharf diagnostics</source>
        <translation>Wharf-Diagnose</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="86"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="96"/>
        <source>Summary: %1.</source>
        <translation>Zusammenfassung: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="120"/>
        <source>wharf diagnose: --symptom needs a value.
</source>
        <translation>wharf diagnose: --symptom braucht einen Wert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="127"/>
        <source>wharf diagnose: unknown option &quot;%1&quot;.
</source>
        <translation>wharf diagnose: unbekannte Option „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="132"/>
        <source>wharf diagnose: unknown symptom &quot;%1&quot;. Valid symptoms: %2.
</source>
        <translation>wharf diagnose: unbekanntes Symptom „%1“. Gültige Symptome: %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="157"/>
        <source>Running %1 checks...</source>
        <translation>%1 Prüfungen laufen ...</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticReport</name>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="89"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="91"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="91"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="92"/>
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="94"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n nicht zutreffend</numerusform>
            <numerusform>%n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="96"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="146"/>
        <source>Wharf diagnostics report</source>
        <translation>Wharf-Diagnosebericht</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="148"/>
        <source>Wharf %1</source>
        <translation>Wharf %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="154"/>
        <source>symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="156"/>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="174"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="178"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="192"/>
        <source>Known error: `%1`</source>
        <translation>Bekannter Fehler: `%1`</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticsBundle</name>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="141"/>
        <source>Wharf diagnostics bundle</source>
        <translation>Wharf-Diagnosepaket</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="143"/>
        <source>Made on %1 by Wharf %2, to help someone find out what goes wrong on this computer.</source>
        <extracomment>%1 is a date and time (UTC, ISO 8601), %2 Wharf&apos;s version</extracomment>
        <translation>Erstellt am %1 von Wharf %2, um herauszufinden, was auf diesem Computer schiefgeht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="146"/>
        <source>What it holds:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="147"/>
        <source>this file</source>
        <translation>diese Datei</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="148"/>
        <source>the checks, what they found and how to fix it (Markdown)</source>
        <translation>die Prüfungen, ihre Ergebnisse und wie sich Probleme beheben lassen (Markdown)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="149"/>
        <source>the same, for programs (JSON)</source>
        <translation>dasselbe, für Programme (JSON)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="150"/>
        <source>the container engines Wharf found: versions, API, endpoints</source>
        <translation>die Container-Engines, die Wharf gefunden hat: Versionen, API, Endpunkte</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="151"/>
        <source>Wharf&apos;s settings</source>
        <translation>die Einstellungen von Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="153"/>
        <source>the last line of Wharf&apos;s log</source>
        <translation>die letzte Zeile des Wharf-Protokolls</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="153"/>
        <source>the last %n lines of Wharf&apos;s log</source>
        <translation>
            <numerusform>die letzte Zeile (%n) des Wharf-Protokolls</numerusform>
            <numerusform>die letzten %n Zeilen des Wharf-Protokolls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="155"/>
        <source>Passwords, tokens and other secrets were removed before the bundle was written: each one reads [REDACTED]. User names, host names and paths were kept, because they help to find the cause. Read the files before you share them, and remove anything else you would rather keep to yourself.</source>
        <translation>Passwörter, Tokens und andere Geheimnisse wurden entfernt, bevor das Paket geschrieben wurde: An ihrer Stelle steht jeweils [REDACTED]. Benutzernamen, Hostnamen und Pfade wurden beibehalten, weil sie helfen, die Ursache zu finden. Lesen Sie die Dateien, bevor Sie sie weitergeben, und entfernen Sie alles andere, was Sie lieber für sich behalten möchten.</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticsExport</name>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="61"/>
        <source>Save Diagnostics Bundle</source>
        <translation>Diagnosepaket speichern</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="62"/>
        <source>Compressed archives (*.tar.gz);;All files (*)</source>
        <translation>Komprimierte Archive (*.tar.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="80"/>
        <source>Diagnostics bundle saved</source>
        <translation>Diagnosepaket gespeichert</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="81"/>
        <source>Saved as %1. Attach it to your ticket or message; passwords and tokens were removed from it.</source>
        <translation>Gespeichert als %1. Hängen Sie es an Ihr Ticket oder Ihre Nachricht an; Passwörter und Tokens wurden daraus entfernt.</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="86"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="88"/>
        <source>Cannot save the diagnostics bundle as %1</source>
        <translation>Das Diagnosepaket kann nicht als %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerConfigFile</name>
    <message>
        <location filename="../core/credentials/DockerConfigFile.cpp" line="21"/>
        <source>Docker&apos;s configuration file</source>
        <translation>Konfigurationsdatei von Docker</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerDesktopFileSharingCheck</name>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="20"/>
        <source>Docker Desktop file sharing</source>
        <translation>Dateifreigabe von Docker Desktop</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="30"/>
        <source>Docker Desktop on Windows shares drives through WSL 2; there is no File Sharing list to check.</source>
        <translation>Docker Desktop unter Windows gibt Laufwerke über WSL 2 frei; es gibt keine Dateifreigabe-Liste zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="33"/>
        <source>Docker Desktop is not available for this system.</source>
        <translation>Docker Desktop ist für dieses System nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="43"/>
        <source>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</source>
        <translation>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="46"/>
        <source>Docker Desktop is not installed.</source>
        <translation>Docker Desktop ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="48"/>
        <source>%1: not present</source>
        <translation>%1: nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="63"/>
        <source>Docker Desktop&apos;s settings cannot be read.</source>
        <translation>Die Einstellungen von Docker Desktop können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="67"/>
        <source>Open %1 and check that /cvmfs and your working folder %2 are listed; add them, then Apply &amp; restart.</source>
        <translation>Öffnen Sie %1 und prüfen Sie, ob /cvmfs und Ihr Arbeitsordner %2 aufgeführt sind; fügen Sie sie hinzu und klicken Sie dann auf „Apply &amp; restart“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="79"/>
        <source>%1: File Sharing list: %2</source>
        <translation>%1: Dateifreigabe-Liste: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="81"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="83"/>
        <source>entries of the list that are not paths, ignored: %1</source>
        <translation>Einträge der Liste, die keine Pfade sind, ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="88"/>
        <source>%1: no File Sharing list; Docker Desktop&apos;s default applies: %2</source>
        <translation>%1: keine Dateifreigabe-Liste; es gilt der Standard von Docker Desktop: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="106"/>
        <source>%1: shared (through %2)</source>
        <translation>%1: freigegeben (über %2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="109"/>
        <source>%1: not shared, and not present on this computer (only needed when CVMFS is installed here)</source>
        <translation>%1: nicht freigegeben und auf diesem Computer nicht vorhanden (nur nötig, wenn CVMFS hier installiert ist)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="113"/>
        <source>%1: not shared</source>
        <translation>%1: nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="120"/>
        <source>Docker Desktop shares the folders containers need.</source>
        <translation>Docker Desktop gibt die Ordner frei, die Container brauchen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="126"/>
        <source>Docker Desktop does not share %1: containers that bind it fail with &quot;Mounts denied&quot;.</source>
        <translation>Docker Desktop gibt %1 nicht frei: Container, die es einbinden, scheitern mit „Mounts denied“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="128"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="131"/>
        <source>Open %1, add %2 with the + button, then Apply &amp; restart.</source>
        <translation>Öffnen Sie %1, fügen Sie %2 mit der Schaltfläche + hinzu und klicken Sie dann auf „Apply &amp; restart“.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="133"/>
        <source>Or work in a folder that is already shared (%1).</source>
        <translation>Oder arbeiten Sie in einem Ordner, der bereits freigegeben ist (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="137"/>
        <source>On a Mac, host FUSE mounts (macFUSE) do not reach containers even when shared: if /cvmfs is empty inside the container, use an image that mounts CVMFS itself.</source>
        <translation>Auf einem Mac erreichen FUSE-Mounts des Hosts (macFUSE) Container nicht, auch wenn sie freigegeben sind: Wenn /cvmfs im Container leer ist, verwenden Sie ein Image, das CVMFS selbst einhängt.</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerDesktopSettings</name>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="22"/>
        <source>The settings file is not valid JSON.</source>
        <translation>Die Einstellungsdatei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="28"/>
        <source>The settings file does not hold a JSON object.</source>
        <translation>Die Einstellungsdatei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="38"/>
        <source>The File Sharing list in the settings file is not a list.</source>
        <translation>Die Dateifreigabe-Liste in der Einstellungsdatei ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>Wharf::EmbeddedPodmanService</name>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="82"/>
        <source>Podman is not installed, so Wharf cannot start it.</source>
        <translation>Podman ist nicht installiert, daher kann Wharf es nicht starten.</translation>
    </message>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="111"/>
        <source>Podman could not be started.</source>
        <translation>Podman konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="115"/>
        <source>The Podman service that Wharf started exited (code %1).</source>
        <translation>Der von Wharf gestartete Podman-Dienst wurde beendet (Code %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="136"/>
        <source>The Podman service did not answer within %n seconds.</source>
        <translation>
            <numerusform>Der Podman-Dienst hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Podman-Dienst hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::EndpointCandidate</name>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="12"/>
        <source>Wharf setting</source>
        <translation>Wharf-Einstellung</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="14"/>
        <source>DOCKER_HOST</source>
        <translation>DOCKER_HOST</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="16"/>
        <source>docker context &quot;%1&quot;</source>
        <translation>Docker-Kontext „%1“</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="19"/>
        <source>CONTAINER_HOST</source>
        <translation>CONTAINER_HOST</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="22"/>
        <source>well-known socket</source>
        <translation>bekannter Socket</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="23"/>
        <source>well-known socket (%1)</source>
        <translation>bekannter Socket (%1)</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="26"/>
        <source>started by Wharf</source>
        <translation>von Wharf gestartet</translation>
    </message>
</context>
<context>
    <name>Wharf::EndpointDiscovery</name>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="35"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="39"/>
        <source>%1 is too large to be a docker configuration file.</source>
        <translation>%1 ist zu groß für eine Docker-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="44"/>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="96"/>
        <source>%1 is set to &quot;%2&quot;, which Wharf cannot use: %3</source>
        <translation>%1 ist auf „%2“ gesetzt, was Wharf nicht verwenden kann: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="110"/>
        <source>The engine setting</source>
        <translation>Die Engine-Einstellung</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="158"/>
        <source>the current docker context</source>
        <translation>der aktuelle Docker-Kontext</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="160"/>
        <source>%1 names the docker context &quot;%2&quot;, but %3 Run &quot;docker context ls&quot; to see the contexts, or &quot;docker context use default&quot;.</source>
        <translation>%1 nennt den Docker-Kontext „%2“, aber %3 Führen Sie „docker context ls“ aus, um die Kontexte zu sehen, oder „docker context use default“.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="167"/>
        <source>it does not exist (no %1).</source>
        <translation>er existiert nicht (kein %1).</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="172"/>
        <source>its description cannot be read.</source>
        <translation>seine Beschreibung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="178"/>
        <source>it has no Docker endpoint.</source>
        <translation>er hat keinen Docker-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="186"/>
        <source>its endpoint &quot;%1&quot; cannot be used: %2</source>
        <translation>sein Endpunkt „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="215"/>
        <source>rootless Docker</source>
        <translation>Rootless Docker</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="225"/>
        <source>Podman (system)</source>
        <translation>Podman (System)</translation>
    </message>
</context>
<context>
    <name>Wharf::Engine</name>
    <message>
        <location filename="../core/engine/Engine.cpp" line="95"/>
        <source>%1 at %2 speaks Engine API %3; Wharf needs %4 or newer. Update the engine.</source>
        <translation>%1 bei %2 spricht Engine-API %3; Wharf braucht %4 oder neuer. Aktualisieren Sie die Engine.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineClient</name>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="129"/>
        <location filename="../core/engine/EngineClient.cpp" line="137"/>
        <location filename="../core/engine/EngineClient.cpp" line="194"/>
        <location filename="../core/engine/EngineClient.cpp" line="682"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="178"/>
        <source>HTTP status %1 without explanation</source>
        <translation>HTTP-Status %1 ohne Erklärung</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="187"/>
        <source>%1: the engine and Wharf share no Engine API version (the engine says: %2). Wharf needs API %3 or newer: update the engine (Docker 19.03 or later, Podman 2.0 or later).</source>
        <translation>%1: Engine und Wharf haben keine gemeinsame Engine-API-Version (die Engine sagt: %2). Wharf braucht API %3 oder neuer: Aktualisieren Sie die Engine (Docker 19.03 oder neuer, Podman 2.0 oder neuer).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="197"/>
        <source>%1: %2. Something else uses it: remove that first, or force the operation.</source>
        <translation>%1: %2. Etwas anderes verwendet es: Entfernen Sie das zuerst oder erzwingen Sie den Vorgang.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="203"/>
        <source>%1: the engine answered with HTTP status %2: %3</source>
        <translation>%1: Die Engine hat mit HTTP-Status %2 geantwortet: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="214"/>
        <source>Cannot reach the engine at %1</source>
        <translation>Die Engine bei %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="237"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="266"/>
        <source>Cannot read the version of the engine at %1</source>
        <translation>Die Version der Engine bei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="289"/>
        <source>The engine did not say which API version it speaks.</source>
        <translation>Die Engine hat nicht angegeben, welche API-Version sie spricht.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="296"/>
        <source>The engine at %1 speaks Engine API %2, older than the %3 Wharf needs. Update the engine (Docker 19.03 or later, Podman 2.0 or later).</source>
        <translation>Die Engine bei %1 spricht Engine-API %2, älter als die von Wharf benötigte %3. Aktualisieren Sie die Engine (Docker 19.03 oder neuer, Podman 2.0 oder neuer).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="366"/>
        <source>Cannot list the images of %1</source>
        <translation>Die Images von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="373"/>
        <source>Cannot read the information of the engine at %1</source>
        <translation>Die Informationen der Engine bei %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="381"/>
        <source>Cannot list the containers of %1</source>
        <translation>Die Container von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="390"/>
        <source>Cannot inspect the container &quot;%1&quot;</source>
        <translation>Der Container „%1“ kann nicht untersucht werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="401"/>
        <source>Cannot stop the container &quot;%1&quot;</source>
        <translation>Der Container „%1“ kann nicht angehalten werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="407"/>
        <source>Cannot start the container &quot;%1&quot;</source>
        <translation>Der Container „%1“ kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="438"/>
        <source>Cannot remove the container &quot;%1&quot;</source>
        <translation>Der Container „%1“ kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="462"/>
        <source>%1: the engine refuses while it is running (it says: %2). Stop it first, or remove it by force.</source>
        <translation>%1: Die Engine verweigert dies, solange er läuft (sie sagt: %2). Halten Sie ihn zuerst an oder erzwingen Sie das Entfernen.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="477"/>
        <source>Cannot inspect the image &quot;%1&quot;</source>
        <translation>Das Image „%1“ kann nicht untersucht werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="488"/>
        <source>Cannot remove the image &quot;%1&quot;</source>
        <translation>Das Image „%1“ kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="497"/>
        <source>Cannot tag the image &quot;%1&quot; as &quot;%2:%3&quot;</source>
        <translation>Das Image „%1“ kann nicht als „%2:%3“ getaggt werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="524"/>
        <source>Cannot pull &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gezogen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="606"/>
        <source>Cannot follow the events of %1</source>
        <translation>Den Ereignissen von %1 kann nicht gefolgt werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="670"/>
        <source>Cannot read the log of the container &quot;%1&quot;</source>
        <translation>Das Protokoll des Containers „%1“ kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineConnectionErrors</name>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="55"/>
        <source>Start the engine (Docker: `sudo systemctl start docker`; Podman: `systemctl --user start podman.socket`), or check DOCKER_HOST and the engine address in Wharf&apos;s settings.</source>
        <translation>Starten Sie die Engine (Docker: `sudo systemctl start docker`; Podman: `systemctl --user start podman.socket`) oder prüfen Sie DOCKER_HOST und die Engine-Adresse in den Einstellungen von Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="62"/>
        <source>No engine socket at %1. %2</source>
        <translation>Kein Engine-Socket bei %1. %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="67"/>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="68"/>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="70"/>
        <source>something other than a socket</source>
        <translation>etwas anderes als ein Socket</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="73"/>
        <source>%1 is %2, not an engine socket, so no engine can be listening there. Check DOCKER_HOST and the engine address in Wharf&apos;s settings; if the file was left there by mistake, remove it and restart the engine.</source>
        <translation>%1 ist %2, kein Engine-Socket, daher kann dort keine Engine lauschen. Prüfen Sie DOCKER_HOST und die Engine-Adresse in den Einstellungen von Wharf; wenn die Datei versehentlich dort liegt, entfernen Sie sie und starten Sie die Engine neu.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="84"/>
        <source>Permission denied when connecting to the engine at %1.</source>
        <translation>Zugriff verweigert beim Verbinden mit der Engine bei %1.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="87"/>
        <source>A rootless engine needs no such access: `systemctl --user start podman.socket` starts Podman&apos;s for your user.</source>
        <translation>Eine Rootless-Engine braucht keinen solchen Zugriff: `systemctl --user start podman.socket` startet Podman für Ihren Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="91"/>
        <source>Permission denied on the engine socket %1: only root may use it. %2 Or ask your administrator to give the socket a group of its own.</source>
        <translation>Zugriff auf den Engine-Socket %1 verweigert: Nur root darf ihn verwenden. %2 Oder bitten Sie Ihre Administration, dem Socket eine eigene Gruppe zu geben.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="101"/>
        <source>Permission denied on the engine socket %1. The socket grants access to the members of the group &quot;%2&quot;; membership in that group is equivalent to root access on this machine. If that is acceptable, join it with `sudo usermod -aG %2 $USER`, then log out and log in again. %3</source>
        <extracomment>%2 is a group name such as &quot;docker&quot;. Membership lets any program start privileged containers.</extracomment>
        <translation>Zugriff auf den Engine-Socket %1 verweigert. Der Socket gewährt den Mitgliedern der Gruppe „%2“ Zugriff; die Mitgliedschaft in dieser Gruppe entspricht root-Zugriff auf diesem Rechner. Wenn das akzeptabel ist, treten Sie ihr mit `sudo usermod -aG %2 $USER` bei, melden Sie sich dann ab und wieder an. %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="115"/>
        <source>The engine is not running: nothing listens on %1 (the socket file is left over). %2</source>
        <translation>Die Engine läuft nicht: Niemand lauscht auf %1 (die Socket-Datei ist übrig geblieben). %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="121"/>
        <source>Nothing listens on %1: the engine is not running there, or a firewall refuses the connection. Check that the engine listens on that port and that DOCKER_HOST is right.</source>
        <translation>Niemand lauscht auf %1: Die Engine läuft dort nicht, oder eine Firewall weist die Verbindung ab. Prüfen Sie, ob die Engine auf diesem Port lauscht und ob DOCKER_HOST stimmt.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="129"/>
        <source>The engine at %1 did not answer within %2 seconds. It may be overloaded or hung: try again, or restart it.</source>
        <translation>Die Engine bei %1 hat nicht innerhalb von %2 Sekunden geantwortet. Sie ist möglicherweise überlastet oder hängt: Versuchen Sie es erneut oder starten Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="137"/>
        <source>The engine at %1 stopped sending its reply for %2 seconds. It may be overloaded or hung: try again, or restart it.</source>
        <translation>Die Engine bei %1 hat %2 Sekunden lang keine Antwort mehr gesendet. Sie ist möglicherweise überlastet oder hängt: Versuchen Sie es erneut oder starten Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="145"/>
        <source>The host &quot;%1&quot; of the engine address %2 cannot be found. Check the name in DOCKER_HOST or in Wharf&apos;s settings.</source>
        <translation>Der Host „%1“ der Engine-Adresse %2 wurde nicht gefunden. Prüfen Sie den Namen in DOCKER_HOST oder in den Einstellungen von Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="153"/>
        <source>Set DOCKER_CERT_PATH to the directory with ca.pem, cert.pem and key.pem</source>
        <translation>Setzen Sie DOCKER_CERT_PATH auf das Verzeichnis mit ca.pem, cert.pem und key.pem</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="154"/>
        <source>Check ca.pem, cert.pem and key.pem in %1</source>
        <translation>Prüfen Sie ca.pem, cert.pem und key.pem in %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="157"/>
        <source>The secure (TLS) connection to the engine at %1 failed. %2, and that the engine expects TLS on this port.</source>
        <translation>Die sichere (TLS-)Verbindung zur Engine bei %1 ist fehlgeschlagen. %2 und prüfen Sie, ob die Engine auf diesem Port TLS erwartet.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="167"/>
        <source>Cannot connect to the engine at %1: %2</source>
        <translation>Keine Verbindung zur Engine bei %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="168"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineDiskSpaceCheck</name>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="28"/>
        <source>Free disk space for the engines&apos; images</source>
        <translation>Freier Speicherplatz für die Images der Engines</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="63"/>
        <source>%1: cannot read where it keeps its data: %2</source>
        <translation>%1: Es kann nicht gelesen werden, wo die Engine ihre Daten ablegt: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="66"/>
        <source>%1 keeps its data in a virtual machine or on another computer (%2): its free space cannot be read from here.</source>
        <translation>%1 legt seine Daten in einer virtuellen Maschine oder auf einem anderen Computer ab (%2): Der freie Speicherplatz kann von hier aus nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="68"/>
        <source>no data directory given</source>
        <translation>kein Datenverzeichnis angegeben</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="73"/>
        <source>%1: its data directory %2 is not visible from here.</source>
        <translation>%1: Das Datenverzeichnis %2 ist von hier aus nicht sichtbar.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="77"/>
        <source>%1: %2 on %3: %4 free of %5</source>
        <translation>%1: %2 auf %3: %4 von %5 frei</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="98"/>
        <source>The engines have room for images.</source>
        <translation>Die Engines haben Platz für Images.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="101"/>
        <source>An engine is short of disk space: large pulls may fail.</source>
        <translation>Eine Engine hat wenig Speicherplatz: Große Pulls können fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="104"/>
        <source>An engine&apos;s disk is nearly full: pulls and new containers will fail.</source>
        <translation>Die Festplatte einer Engine ist fast voll: Pulls und neue Container werden fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="109"/>
        <source>No engine answers, so there is no data directory to check.</source>
        <translation>Keine Engine antwortet, daher gibt es kein Datenverzeichnis zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="110"/>
        <source>No engine&apos;s data directory can be read from here.</source>
        <translation>Kein Datenverzeichnis einer Engine kann von hier aus gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="115"/>
        <source>Remove what you no longer need: unused images, stopped containers and build cache (the prune command asks before it deletes).</source>
        <translation>Entfernen Sie, was Sie nicht mehr brauchen: ungenutzte Images, angehaltene Container und den Build-Cache (der prune-Befehl fragt vor dem Löschen nach).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="117"/>
        <source>Or free space on that file system, or move the engine&apos;s data directory to a larger disk (Docker: &quot;data-root&quot; in /etc/docker/daemon.json; Podman: graphroot in storage.conf).</source>
        <translation>Oder schaffen Sie Platz auf diesem Dateisystem oder verschieben Sie das Datenverzeichnis der Engine auf eine größere Festplatte (Docker: &quot;data-root&quot; in /etc/docker/daemon.json; Podman: graphroot in storage.conf).</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEndpoint</name>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="71"/>
        <source>The engine address is empty. Use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>Die Engine-Adresse ist leer. Verwenden Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="78"/>
        <location filename="../core/engine/EngineEndpoint.cpp" line="104"/>
        <source>The socket path &quot;%1&quot; is too long for a unix socket (at most 107 bytes).</source>
        <translation>Der Socket-Pfad „%1“ ist zu lang für einen Unix-Socket (höchstens 107 Byte).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="86"/>
        <source>&quot;%1&quot; is not an engine address. Use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>„%1“ ist keine Engine-Adresse. Verwenden Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="95"/>
        <source>&quot;%1&quot; does not name an absolute socket path. Write it as unix:///path/to/docker.sock (three slashes).</source>
        <translation>„%1“ nennt keinen absoluten Socket-Pfad. Schreiben Sie ihn als unix:///path/to/docker.sock (drei Schrägstriche).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="100"/>
        <source>&quot;%1&quot; has a query or fragment, which a socket path cannot have.</source>
        <translation>„%1“ enthält eine Abfrage oder ein Fragment, was ein Socket-Pfad nicht haben kann.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="110"/>
        <source>Wharf cannot reach an engine over ssh:// (&quot;%1&quot;). Forward the remote socket to a local one, for example `ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host`, and use unix:///tmp/remote-docker.sock.</source>
        <translation>Wharf kann eine Engine nicht über ssh:// erreichen („%1“). Leiten Sie den entfernten Socket auf einen lokalen weiter, zum Beispiel `ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host`, und verwenden Sie unix:///tmp/remote-docker.sock.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="119"/>
        <source>Wharf cannot use the Windows named pipe &quot;%1&quot;: named pipes exist only on Windows. Use a unix socket (unix:///var/run/docker.sock) or tcp://host:port.</source>
        <translation>Wharf kann die Windows-Named-Pipe „%1“ nicht verwenden: Named Pipes gibt es nur unter Windows. Verwenden Sie einen Unix-Socket (unix:///var/run/docker.sock) oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="126"/>
        <source>&quot;%1&quot; is a systemd socket-activation address, which only the engine itself can use. Point Wharf at the engine&apos;s socket instead (unix:///var/run/docker.sock).</source>
        <translation>„%1“ ist eine systemd-Socket-Activation-Adresse, die nur die Engine selbst verwenden kann. Verweisen Sie Wharf stattdessen auf den Socket der Engine (unix:///var/run/docker.sock).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="133"/>
        <source>Wharf does not know the scheme &quot;%1&quot; in &quot;%2&quot;. Use unix://, tcp://, http:// or https://.</source>
        <translation>Wharf kennt das Schema „%1“ in „%2“ nicht. Verwenden Sie unix://, tcp://, http:// oder https://.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="141"/>
        <source>&quot;%1&quot; is not a valid engine address: it needs a host, as in tcp://host:2376.</source>
        <translation>„%1“ ist keine gültige Engine-Adresse: Sie braucht einen Host, wie in tcp://host:2376.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid engine address: only a host and a port are allowed, as in tcp://host:2376.</source>
        <translation>„%1“ ist keine gültige Engine-Adresse: Nur ein Host und ein Port sind erlaubt, wie in tcp://host:2376.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="161"/>
        <source>&quot;%1&quot; has an invalid port.</source>
        <translation>„%1“ hat einen ungültigen Port.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEvent</name>
    <message>
        <location filename="../core/engine/EngineEvent.cpp" line="45"/>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEvent.cpp" line="57"/>
        <source>The engine sent an event without an action.</source>
        <translation>Die Engine hat ein Ereignis ohne Aktion gesendet.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEventWatcher</name>
    <message>
        <location filename="../core/engine/EngineEventWatcher.cpp" line="69"/>
        <source>The engine closed its event stream.</source>
        <translation>Die Engine hat ihren Ereignisstrom geschlossen.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineInfo</name>
    <message>
        <location filename="../core/engine/EngineInfo.cpp" line="48"/>
        <source>the engine information</source>
        <translation>die Engine-Informationen</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineInfo.cpp" line="54"/>
        <source>The engine&apos;s information is not a JSON object.</source>
        <translation>Die Informationen der Engine sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineManager</name>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="49"/>
        <source>%1 points to %2, which does not answer: %3</source>
        <translation>%1 verweist auf %2, das nicht antwortet: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="118"/>
        <source>No container engine answered, and Podman is not installed.</source>
        <translation>Keine Container-Engine hat geantwortet, und Podman ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="124"/>
        <source>No container engine answered, so Wharf started a Podman service for this session (%1). It stops when Wharf quits.</source>
        <translation>Keine Container-Engine hat geantwortet, daher hat Wharf einen Podman-Dienst für diese Sitzung gestartet (%1). Er endet, wenn Wharf beendet wird.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="139"/>
        <source>No container engine answered, and the Podman service Wharf tried to start failed: %1</source>
        <translation>Keine Container-Engine hat geantwortet, und der Podman-Dienst, den Wharf zu starten versuchte, ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineRequest</name>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="186"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="194"/>
        <location filename="../core/engine/EngineRequest.cpp" line="205"/>
        <source>Wharf built an invalid request; this is a bug in Wharf.</source>
        <translation>Wharf hat eine ungültige Anfrage erzeugt; das ist ein Fehler in Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="231"/>
        <source>The engine address is incomplete.</source>
        <translation>Die Engine-Adresse ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="457"/>
        <source>The engine&apos;s reply is larger than %1 MiB; Wharf does not accept it.</source>
        <translation>Die Antwort der Engine ist größer als %1 MiB; Wharf nimmt sie nicht an.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineRunPlanner</name>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="82"/>
        <source>Graphical programs on macOS need XQuartz: install it, tick &quot;Allow connections from network clients&quot; in its Settings &gt; Security, restart it, and run &quot;xhost +localhost&quot; in an XQuartz terminal. The container then draws on DISPLAY %1:0.</source>
        <translation>Grafische Programme unter macOS brauchen XQuartz: Installieren Sie es, aktivieren Sie „Allow connections from network clients“ in seinen Settings &gt; Security, starten Sie es neu und führen Sie „xhost +localhost“ in einem XQuartz-Terminal aus. Der Container zeichnet dann auf DISPLAY %1:0.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="90"/>
        <source>Graphical programs are not forwarded: the engine runs in a virtual machine that cannot reach this computer&apos;s X11 display.</source>
        <translation>Grafische Programme werden nicht weitergeleitet: Die Engine läuft in einer virtuellen Maschine, die die X11-Anzeige dieses Computers nicht erreicht.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="95"/>
        <source>Graphical programs are not forwarded: DISPLAY is not set, so there is no X11 display to share. Start Wharf from a graphical session.</source>
        <translation>Grafische Programme werden nicht weitergeleitet: DISPLAY ist nicht gesetzt, daher gibt es keine X11-Anzeige zum Teilen. Starten Sie Wharf aus einer grafischen Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="100"/>
        <source>Graphical programs are not forwarded: %1 does not exist on this computer (a Wayland session without Xwayland, or a remote display).</source>
        <translation>Grafische Programme werden nicht weitergeleitet: %1 existiert auf diesem Computer nicht (eine Wayland-Sitzung ohne Xwayland oder eine entfernte Anzeige).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="107"/>
        <source>Graphical programs use this computer&apos;s X11 display %1. The X server must accept the container&apos;s user: run &quot;xhost +SI:localuser:%2&quot; once per session (it allows only that local user, not the network).</source>
        <translation>Grafische Programme verwenden die X11-Anzeige %1 dieses Computers. Der X-Server muss den Benutzer des Containers zulassen: Führen Sie einmal pro Sitzung „xhost +SI:localuser:%2“ aus (das erlaubt nur diesen lokalen Benutzer, nicht das Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="116"/>
        <source>No Kerberos ticket cache was found, so none is forwarded. Run &quot;kinit&quot; first if you need EOS or AFS in the container.</source>
        <translation>Es wurde kein Kerberos-Ticket-Cache gefunden, daher wird keiner weitergeleitet. Führen Sie zuerst „kinit“ aus, wenn Sie EOS oder AFS im Container brauchen.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="121"/>
        <source>The Kerberos ticket cache %1 cannot be mounted (its path is not absolute or contains &apos;:&apos; or &apos;,&apos;), so it is not forwarded. Set KRB5CCNAME to a plain file path and run &quot;kinit&quot; again.</source>
        <translation>Der Kerberos-Ticket-Cache %1 kann nicht eingehängt werden (sein Pfad ist nicht absolut oder enthält &apos;:&apos; oder &apos;,&apos;), daher wird er nicht weitergeleitet. Setzen Sie KRB5CCNAME auf einen einfachen Dateipfad und führen Sie „kinit“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="137"/>
        <source>The CVMFS repository %1 answers (touching it also makes autofs mount it before the container starts).</source>
        <translation>Das CVMFS-Repository %1 antwortet (der Zugriff darauf lässt autofs es auch einhängen, bevor der Container startet).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="145"/>
        <source>This container gets extra privileges (CAP_SYS_ADMIN and the /dev/fuse device) so that it can mount CVMFS itself: a program in it can mount file systems. Run only images you trust this way.</source>
        <translation>Dieser Container erhält zusätzliche Rechte (CAP_SYS_ADMIN und das Gerät /dev/fuse), damit er CVMFS selbst einhängen kann: Ein Programm darin kann Dateisysteme einhängen. Führen Sie auf diese Weise nur Images aus, denen Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="160"/>
        <source>The cvmfs-automounter works only with an engine that runs directly on Linux: it hands its CVMFS mounts to other containers through the host&apos;s mount propagation, which Docker Desktop&apos;s virtual machine, macOS and Windows do not offer. Use &quot;CVMFS mounted inside the container&quot; or CVMFS from this computer instead.</source>
        <translation>Der cvmfs-automounter funktioniert nur mit einer Engine, die direkt unter Linux läuft: Er gibt seine CVMFS-Mounts über die Mount-Propagation des Hosts an andere Container weiter, die die virtuelle Maschine von Docker Desktop, macOS und Windows nicht bieten. Verwenden Sie stattdessen „CVMFS im Container eingehängt“ oder CVMFS von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="169"/>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="329"/>
        <source>The %1 command is installed.</source>
        <translation>Der Befehl %1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="183"/>
        <source>The container runs for %1 on this %2 computer, emulated: it works, but programs run several times slower.</source>
        <translation>Der Container läuft für %1 emuliert auf diesem %2-Computer: Er funktioniert, aber Programme laufen um ein Mehrfaches langsamer.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="199"/>
        <source>SELinux is enforcing on this computer, so the container runs without SELinux separation (--security-opt label=disable): otherwise it could not read /cvmfs or your working folder. The rest of the host stays protected; do not switch SELinux off (setenforce 0) for this.</source>
        <translation>SELinux ist auf diesem Computer im Enforcing-Modus, daher läuft der Container ohne SELinux-Trennung (--security-opt label=disable): Sonst könnte er /cvmfs oder Ihren Arbeitsordner nicht lesen. Der Rest des Hosts bleibt geschützt; schalten Sie SELinux dafür nicht aus (setenforce 0).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="213"/>
        <source>CVMFS is installed on this computer (%1 exists).</source>
        <translation>CVMFS ist auf diesem Computer installiert (%1 existiert).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="218"/>
        <source>Docker Desktop shares %1 with its virtual machine (Settings &gt; Resources &gt; File Sharing).</source>
        <translation>Docker Desktop gibt %1 für seine virtuelle Maschine frei (Settings &gt; Resources &gt; File Sharing).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="223"/>
        <source>On a Mac, CVMFS mounted with macFUSE may look empty inside the container: FUSE mounts do not always cross Docker Desktop&apos;s file sharing. If /cvmfs is empty, use &quot;CVMFS mounted inside the container&quot; instead.</source>
        <translation>Auf einem Mac kann mit macFUSE eingehängtes CVMFS im Container leer aussehen: FUSE-Mounts gelangen nicht immer durch die Dateifreigabe von Docker Desktop. Wenn /cvmfs leer ist, verwenden Sie stattdessen „CVMFS im Container eingehängt“.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="235"/>
        <source>The cvmfs-automounter container &quot;%1&quot; is running.</source>
        <translation>Der cvmfs-automounter-Container „%1“ läuft.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="238"/>
        <source>%1 is a shared mount, so the automounter&apos;s mounts reach other containers.</source>
        <translation>%1 ist ein Shared Mount, daher erreichen die Mounts des Automounters andere Container.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="249"/>
        <source>AppArmor is active on this computer, so the container runs without its AppArmor profile (--security-opt apparmor=unconfined): the default profile forbids the FUSE mount.</source>
        <translation>AppArmor ist auf diesem Computer aktiv, daher läuft der Container ohne sein AppArmor-Profil (--security-opt apparmor=unconfined): Das Standardprofil verbietet den FUSE-Mount.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="255"/>
        <source>This computer has the FUSE device (/dev/fuse; &quot;sudo modprobe fuse&quot; loads it).</source>
        <translation>Dieser Computer hat das FUSE-Gerät (/dev/fuse; „sudo modprobe fuse“ lädt es).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="259"/>
        <source>CVMFS is mounted once, when the container starts. After a network loss it is not mounted again: /cvmfs then fails with &quot;Transport endpoint is not connected&quot; until you start a new container.</source>
        <translation>CVMFS wird einmal eingehängt, wenn der Container startet. Nach einem Netzwerkausfall wird es nicht erneut eingehängt: /cvmfs schlägt dann mit „Transport endpoint is not connected“ fehl, bis Sie einen neuen Container starten.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="266"/>
        <source>This strategy does not use Docker or Podman.</source>
        <translation>Diese Strategie verwendet weder Docker noch Podman.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="308"/>
        <source>The cvmfs-automounter can only run with an engine directly on Linux: it shares its mounts through the host&apos;s mount propagation, which Docker Desktop, macOS and Windows do not offer.</source>
        <translation>Der cvmfs-automounter kann nur mit einer Engine direkt unter Linux laufen: Er teilt seine Mounts über die Mount-Propagation des Hosts, die Docker Desktop, macOS und Windows nicht bieten.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="315"/>
        <source>The cvmfs-automounter cannot run under rootless Podman: its mounts would stay inside your user namespace and never reach the host. Start it with Docker or with Podman as root.</source>
        <translation>Der cvmfs-automounter kann nicht unter Rootless Podman laufen: Seine Mounts blieben in Ihrem User-Namespace und erreichten nie den Host. Starten Sie ihn mit Docker oder mit Podman als root.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="331"/>
        <source>%1 exists (create it with &quot;sudo mkdir -p %1&quot;).</source>
        <translation>%1 existiert (erstellen Sie es mit „sudo mkdir -p %1“).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="334"/>
        <source>%1 is on a shared mount, so mounts made below it reach other containers.</source>
        <translation>%1 liegt auf einem Shared Mount, daher erreichen darunter angelegte Mounts andere Container.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="337"/>
        <source>The cvmfs-automounter runs as root with full privileges (--privileged, --pid=host): it can do anything on this computer. It needs them to mount CVMFS with FUSE and share the mounts through %1. It restarts with the engine (--restart always) until you remove the container &quot;%2&quot;.</source>
        <translation>Der cvmfs-automounter läuft als root mit vollen Rechten (--privileged, --pid=host): Er kann auf diesem Computer alles tun. Er braucht sie, um CVMFS mit FUSE einzuhängen und die Mounts über %1 zu teilen. Er startet mit der Engine neu (--restart always), bis Sie den Container „%2“ entfernen.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineStatusBar</name>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="30"/>
        <source>Looking for container engines…</source>
        <translation>Container-Engines werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="96"/>
        <source>connecting…</source>
        <translation>wird verbunden …</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="104"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="109"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2 %3 · %4</source>
        <extracomment>Status line entry: coloured dot, engine name, version or state, how it was found.</extracomment>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2 %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="112"/>
        <source>%1
Endpoint: %2
Found through: %3</source>
        <translation>%1
Endpunkt: %2
Gefunden über: %3</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="115"/>
        <source>
Engine API %1, round trip %2 ms</source>
        <translation>
Engine-API %1, Umlaufzeit %2 ms</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="134"/>
        <source>%1 is still listing images, %2 s</source>
        <translation>%1 listet noch Images auf, %2 s</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineVersion</name>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="61"/>
        <source>the version information</source>
        <translation>die Versionsinformationen</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="67"/>
        <source>The engine&apos;s version information is not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Versionsinformationen der Engine sind kein JSON-Objekt. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="112"/>
        <source>The engine&apos;s version information does not say which API version it speaks. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Versionsinformationen der Engine sagen nicht, welche API-Version sie spricht. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
</context>
<context>
    <name>Wharf::EnginesCheck</name>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="24"/>
        <source>Container engines answer</source>
        <translation>Container-Engines antworten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="48"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 bei %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="53"/>
        <source>%1: answers, version %2, API %3</source>
        <translation>%1: antwortet, Version %2, API %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="54"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="69"/>
        <source>No container engine found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Container-Engine gefunden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="70"/>
        <source>Looked at: the engine setting, DOCKER_HOST, the docker context, CONTAINER_HOST and the well-known sockets of Docker, Docker Desktop, Colima, OrbStack, Rancher Desktop and Podman.</source>
        <translation>Durchsucht: die Engine-Einstellung, DOCKER_HOST, der Docker-Kontext, CONTAINER_HOST und die bekannten Sockets von Docker, Docker Desktop, Colima, OrbStack, Rancher Desktop und Podman.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="79"/>
        <source>Answering: %1. Another engine found does not answer.</source>
        <translation>Antwortet: %1. Eine weitere gefundene Engine antwortet nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="80"/>
        <source>Answering: %1. %n other engines found do not answer.</source>
        <translation>
            <numerusform>Antwortet: %1. %n weitere gefundene Engine antwortet nicht.</numerusform>
            <numerusform>Antwortet: %1. %n weitere gefundene Engines antworten nicht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="85"/>
        <source>One engine answers: %1</source>
        <translation>Eine Engine antwortet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="86"/>
        <source>%n engines answer: %1</source>
        <translation>
            <numerusform>%n Engine antwortet: %1</numerusform>
            <numerusform>%n Engines antworten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::EnginesCommand</name>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="30"/>
        <source>still probing</source>
        <translation>wird noch geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="31"/>
        <source>answers (%1 ms)</source>
        <translation>antwortet (%1 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="32"/>
        <source>does not answer: %1</source>
        <translation>antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="48"/>
        <source>wharf engines: unknown option &quot;%1&quot;. Usage: wharf engines [--json]
</source>
        <translation>wharf engines: unbekannte Option „%1“. Aufruf: wharf engines [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="91"/>
        <source>No container engine found.
</source>
        <translation>Keine Container-Engine gefunden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="97"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="99"/>
        <source>endpoint:      %1</source>
        <translation>Endpunkt:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="100"/>
        <source>found through: %1</source>
        <translation>gefunden über: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="102"/>
        <source>API version:   %1</source>
        <translation>API-Version:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="103"/>
        <source>status:        %1</source>
        <translation>Status:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="105"/>
        <source>details:       %1</source>
        <translation>Details:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="108"/>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorCatalogue</name>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="173"/>
        <source>The error catalogue is larger than %1 MiB, so it was not read.</source>
        <translation>Der Fehlerkatalog ist größer als %1 MiB und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="179"/>
        <source>The error catalogue is not valid JSON: %1 at byte %2.</source>
        <translation>Der Fehlerkatalog ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="184"/>
        <source>The error catalogue is not a JSON object with &quot;entries&quot;.</source>
        <translation>Der Fehlerkatalog ist kein JSON-Objekt mit &quot;entries&quot;.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="189"/>
        <source>The error catalogue has an unknown &quot;version&quot;; this Wharf reads version 1.</source>
        <translation>Der Fehlerkatalog hat eine unbekannte &quot;version&quot;; diese Wharf-Version liest Version 1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="192"/>
        <source>The error catalogue has no &quot;entries&quot; array.</source>
        <translation>Der Fehlerkatalog hat kein Array &quot;entries&quot;.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="202"/>
        <source>Entry %1 of the error catalogue</source>
        <translation>Eintrag %1 des Fehlerkatalogs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="203"/>
        <source>Entry %1 (&quot;%2&quot;) of the error catalogue</source>
        <translation>Eintrag %1 („%2“) des Fehlerkatalogs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="207"/>
        <source>%1 is invalid: %2.</source>
        <extracomment>%1 names the entry, %2 says what is wrong with it.</extracomment>
        <translation>%1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="211"/>
        <source>%1 is invalid: the id &quot;%2&quot; is used twice.</source>
        <translation>%1 ist ungültig: Die ID „%2“ wird zweimal verwendet.</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorExplanationView</name>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="115"/>
        <source>Wharf does not know this error yet. What the program said:</source>
        <translation>Wharf kennt diesen Fehler noch nicht. Was das Programm gemeldet hat:</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="120"/>
        <source>Error text</source>
        <translation>Fehlertext</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="124"/>
        <source>Wharf does not know this error yet: copy the report to ask for help.</source>
        <translation>Wharf kennt diesen Fehler noch nicht: Kopieren Sie den Bericht, um um Hilfe zu bitten.</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="129"/>
        <source>What went wrong: %1</source>
        <translation>Was schiefging: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="134"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="141"/>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="155"/>
        <source>Read more: %1</source>
        <translation>Mehr dazu: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="168"/>
        <source>Other possible causes: %1</source>
        <translation>Andere mögliche Ursachen: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="174"/>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="176"/>
        <source>Copy the error and its explanation as Markdown, secrets removed</source>
        <translation>Den Fehler und seine Erklärung als Markdown kopieren, ohne Geheimnisse</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="179"/>
        <source>Troubleshoot…</source>
        <translation>Fehlersuche …</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="181"/>
        <source>Open the troubleshooting wizard, which checks this computer for the usual causes of this kind of failure</source>
        <translation>Den Fehlersuche-Assistenten öffnen, der diesen Computer auf die üblichen Ursachen dieser Art von Fehler prüft</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="225"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="226"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="228"/>
        <source>Copy command %1</source>
        <translation>Befehl %1 kopieren</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorReport</name>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="42"/>
        <source>Wharf error report</source>
        <translation>Wharf-Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="43"/>
        <source>Wharf %1, Qt %2, %3 (%4)</source>
        <translation>Wharf %1, Qt %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="49"/>
        <source>What Wharf met</source>
        <translation>Worauf Wharf gestoßen ist</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="51"/>
        <source>No entry of Wharf&apos;s known-error catalogue matches this text.</source>
        <translation>Kein Eintrag im Katalog bekannter Fehler von Wharf passt zu diesem Text.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="56"/>
        <source>What went wrong: %1</source>
        <translation>Was schiefging: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="57"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="57"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="67"/>
        <source>(catalogue entry %1)</source>
        <translation>(Katalogeintrag %1)</translation>
    </message>
</context>
<context>
    <name>Wharf::ExplainCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="30"/>
        <source>Usage: wharf explain [FILE] [--json]
Reads an error message from FILE (or from standard input) and explains it.
</source>
        <translation>Aufruf: wharf explain [DATEI] [--json]
Liest eine Fehlermeldung aus DATEI (oder aus der Standardeingabe) und erklärt sie.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="90"/>
        <source>What went wrong:</source>
        <translation>Was schiefging:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="91"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="92"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="95"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="99"/>
        <source>More:</source>
        <translation>Mehr:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="138"/>
        <source>wharf explain: unknown option &quot;%1&quot;.
</source>
        <translation>wharf explain: unbekannte Option „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="141"/>
        <source>wharf explain: give one file at most.
</source>
        <translation>wharf explain: Geben Sie höchstens eine Datei an.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="153"/>
        <source>wharf explain: cannot read %1: %2
</source>
        <translation>wharf explain: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="160"/>
        <source>Paste the error message, then press Ctrl+D.
</source>
        <translation>Fügen Sie die Fehlermeldung ein und drücken Sie dann Strg+D.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="163"/>
        <source>wharf explain: cannot read standard input: %1
</source>
        <translation>wharf explain: Die Standardeingabe kann nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="170"/>
        <source>wharf explain: the input is empty. Paste an error message on standard input or name a file.
</source>
        <translation>wharf explain: Die Eingabe ist leer. Fügen Sie eine Fehlermeldung über die Standardeingabe ein oder nennen Sie eine Datei.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="184"/>
        <source>No known error matches this text; it is shown verbatim below so you can report it:</source>
        <translation>Kein bekannter Fehler passt zu diesem Text; er wird unten unverändert angezeigt, damit Sie ihn melden können:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="188"/>
        <source>(only the last %1 MiB of the input)</source>
        <translation>(nur die letzten %1 MiB der Eingabe)</translation>
    </message>
</context>
<context>
    <name>Wharf::FuseDeviceCheck</name>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="19"/>
        <source>FUSE device (/dev/fuse)</source>
        <translation>FUSE-Gerät (/dev/fuse)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="48"/>
        <source>Only Linux passes /dev/fuse to containers; Docker Desktop&apos;s virtual machine has its own.</source>
        <translation>Nur Linux reicht /dev/fuse an Container weiter; die virtuelle Maschine von Docker Desktop hat ihr eigenes.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="60"/>
        <source>%1: does not exist</source>
        <translation>%1: existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="62"/>
        <source>%1: exists but is not a character device (mode %2)</source>
        <translation>%1: existiert, ist aber kein zeichenorientiertes Gerät (Modus %2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="65"/>
        <source>%1: character device %2:%3, mode %4</source>
        <translation>%1: zeichenorientiertes Gerät %2:%3, Modus %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="75"/>
        <source>/proc/filesystems: lists fuse</source>
        <translation>/proc/filesystems: führt fuse auf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="76"/>
        <source>/proc/filesystems: does not list fuse</source>
        <translation>/proc/filesystems: führt fuse nicht auf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="78"/>
        <source>/proc/filesystems: %1</source>
        <translation>/proc/filesystems: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="83"/>
        <source>/proc/modules: the fuse module is loaded</source>
        <translation>/proc/modules: Das fuse-Modul ist geladen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="84"/>
        <source>/proc/modules: the fuse module is not loaded</source>
        <translation>/proc/modules: Das fuse-Modul ist nicht geladen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="86"/>
        <source>/proc/modules: %1</source>
        <translation>/proc/modules: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="91"/>
        <source>Load the FUSE module: `sudo modprobe fuse` (check with `lsmod | grep fuse`).</source>
        <translation>Laden Sie das FUSE-Modul: `sudo modprobe fuse` (prüfen Sie mit `lsmod | grep fuse`).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="92"/>
        <source>To load it at every boot: `echo fuse | sudo tee /etc/modules-load.d/fuse.conf`.</source>
        <translation>Um es bei jedem Systemstart zu laden: `echo fuse | sudo tee /etc/modules-load.d/fuse.conf`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="93"/>
        <source>If this computer cannot have FUSE (some virtual machines and containers), use CVMFS mounted on the host, or run an image from /cvmfs/unpacked.cern.ch with Apptainer.</source>
        <translation>Wenn dieser Computer kein FUSE haben kann (manche virtuellen Maschinen und Container), verwenden Sie auf dem Host eingehängtes CVMFS oder führen Sie ein Image aus /cvmfs/unpacked.cern.ch mit Apptainer aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="99"/>
        <source>/dev/fuse is not a character device: FUSE cannot work.</source>
        <translation>/dev/fuse ist kein zeichenorientiertes Gerät: FUSE kann nicht funktionieren.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="100"/>
        <source>This computer has no /dev/fuse: nothing can mount CVMFS with FUSE here.</source>
        <translation>Dieser Computer hat kein /dev/fuse: Hier kann nichts CVMFS mit FUSE einhängen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="106"/>
        <source>Something replaced the device with a file: remove it (`sudo rm /dev/fuse`) and load the module again, or reboot.</source>
        <translation>Etwas hat das Gerät durch eine Datei ersetzt: Entfernen Sie sie (`sudo rm /dev/fuse`) und laden Sie das Modul erneut, oder starten Sie neu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="115"/>
        <source>/dev/fuse exists, but the kernel does not list FUSE as loaded.</source>
        <translation>/dev/fuse existiert, aber der Kernel führt FUSE nicht als geladen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="124"/>
        <source>/dev/fuse is present and the kernel supports FUSE.</source>
        <translation>/dev/fuse ist vorhanden und der Kernel unterstützt FUSE.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostAccess</name>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="107"/>
        <source>The Flatpak information file cannot be read: %1</source>
        <translation>Die Flatpak-Informationsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="111"/>
        <source>it is too large.</source>
        <translation>sie ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="113"/>
        <source>it is not text.</source>
        <translation>sie ist kein Text.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="130"/>
        <source>&quot;%1&quot; is not an application id.</source>
        <translation>„%1“ ist keine Anwendungskennung.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="134"/>
        <source>it names no application.</source>
        <translation>sie nennt keine Anwendung.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostArchitectureCheck</name>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="17"/>
        <source>Processor architecture</source>
        <translation>Prozessorarchitektur</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="26"/>
        <source>processor architecture: %1</source>
        <translation>Prozessorarchitektur: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="29"/>
        <source>This computer runs linux/amd64 images natively.</source>
        <translation>Dieser Computer führt linux/amd64-Images nativ aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="36"/>
        <source>This is an arm64 computer: the el7/cc7 CMS images exist for linux/amd64 only and run here emulated (slower), with --platform linux/amd64.</source>
        <translation>Dies ist ein arm64-Computer: Die el7/cc7-CMS-Images gibt es nur für linux/amd64, und sie laufen hier emuliert (langsamer), mit --platform linux/amd64.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="39"/>
        <source>This computer&apos;s processor (%1) is not amd64: most CMS images exist for linux/amd64 only.</source>
        <translation>Der Prozessor dieses Computers (%1) ist nicht amd64: Die meisten CMS-Images gibt es nur für linux/amd64.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="44"/>
        <source>Pull and run amd64-only images with `--platform linux/amd64`, e.g. `docker run --platform linux/amd64 ...` (Podman: the same option).</source>
        <translation>Ziehen und starten Sie reine amd64-Images mit `--platform linux/amd64`, z. B. `docker run --platform linux/amd64 ...` (Podman: dieselbe Option).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="47"/>
        <source>Prefer images that also exist for linux/arm64 (the el8/el9 CMS images) when they fit your release.</source>
        <translation>Bevorzugen Sie Images, die es auch für linux/arm64 gibt (die el8/el9-CMS-Images), wenn sie zu Ihrem Release passen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="52"/>
        <source>On Apple Silicon, switch on &quot;Use Rosetta for x86_64/amd64 emulation&quot; in Docker Desktop &gt; Settings &gt; General: emulation gets much faster.</source>
        <translation>Auf Apple Silicon aktivieren Sie „Use Rosetta for x86_64/amd64 emulation“ in Docker Desktop &gt; Settings &gt; General: Die Emulation wird dadurch viel schneller.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostEnvironment</name>
    <message>
        <location filename="../core/diagnostics/HostEnvironment.cpp" line="79"/>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Wharf::HttpResponseParser</name>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="61"/>
        <source>The engine&apos;s reply is not valid HTTP. The address may point at something that is not a container engine, or the engine is misbehaving.</source>
        <translation>Die Antwort der Engine ist kein gültiges HTTP. Die Adresse verweist möglicherweise auf etwas, das keine Container-Engine ist, oder die Engine verhält sich fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="205"/>
        <source>The engine closed the connection without answering. It may have stopped or restarted; try again.</source>
        <translation>Die Engine hat die Verbindung ohne Antwort geschlossen. Sie wurde möglicherweise angehalten oder neu gestartet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="210"/>
        <source>The engine closed the connection in the middle of its reply headers. It may have stopped or restarted; try again.</source>
        <translation>Die Engine hat die Verbindung mitten in den Kopfzeilen ihrer Antwort geschlossen. Sie wurde möglicherweise angehalten oder neu gestartet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="216"/>
        <source>The engine closed the connection before its reply was complete. It may have stopped or restarted; try again.</source>
        <translation>Die Engine hat die Verbindung geschlossen, bevor ihre Antwort vollständig war. Sie wurde möglicherweise angehalten oder neu gestartet; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageConfigSummary</name>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="23"/>
        <source>The image&apos;s configuration is larger than 8 MiB, far more than an image needs. Wharf did not read it.</source>
        <translation>Die Konfiguration des Images ist größer als 8 MiB, weit mehr, als ein Image braucht. Wharf hat sie nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="32"/>
        <source>The registry sent an image configuration that is not valid JSON. The reply may have been cut off; try again.</source>
        <translation>Die Registry hat eine Image-Konfiguration gesendet, die kein gültiges JSON ist. Die Antwort wurde möglicherweise abgeschnitten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="40"/>
        <source>The registry sent an image configuration that is not a JSON object, so it is not an image&apos;s configuration. The image may be an artifact rather than a container image.</source>
        <translation>Die Registry hat eine Image-Konfiguration gesendet, die kein JSON-Objekt ist, also keine Konfiguration eines Images. Das Image ist möglicherweise ein Artefakt statt eines Container-Images.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageDetails</name>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="29"/>
        <source>the image details</source>
        <translation>die Image-Details</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="35"/>
        <source>The engine&apos;s image details are not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Image-Details der Engine sind kein JSON-Objekt. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="49"/>
        <source>The engine&apos;s image details have no image ID.</source>
        <translation>Die Image-Details der Engine enthalten keine Image-ID.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageDetailsPanel</name>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="45"/>
        <source>Show raw &amp;JSON</source>
        <translation>Rohes &amp;JSON anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="47"/>
        <source>Show raw JSON</source>
        <translation>Rohes JSON anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="48"/>
        <source>Show what the engine returned, as JSON</source>
        <translation>Anzeigen, was die Engine zurückgegeben hat, als JSON</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="52"/>
        <source>Image details status</source>
        <translation>Status der Image-Details</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="61"/>
        <source>Image details</source>
        <translation>Image-Details</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="71"/>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="97"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="159"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="138"/>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Image, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="150"/>
        <source>The engine of this image is not available.</source>
        <translation>Die Engine dieses Images ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="151"/>
        <source>Check the engines in the status line, then select the image again.</source>
        <translation>Prüfen Sie die Engines in der Statuszeile und wählen Sie das Image dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="166"/>
        <source>%1 went away before it described the image. Start it again, then select the image again.</source>
        <translation>%1 ist verschwunden, bevor es das Image beschrieben hat. Starten Sie es erneut und wählen Sie dann das Image erneut.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="199"/>
        <source>%1 no longer has the image %2.</source>
        <extracomment>%1 is the engine (&quot;Docker&quot;), %2 the image (a short id or a name).</extracomment>
        <translation>%1 hat das Image %2 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="200"/>
        <source>It was probably removed meanwhile. Refresh the list of images.</source>
        <translation>Es wurde wahrscheinlich inzwischen entfernt. Aktualisieren Sie die Liste der Images.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="203"/>
        <source>Cannot show the details of %1.</source>
        <translation>Die Details von %1 können nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="311"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="313"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="311"/>
        <source>none (a dangling image)</source>
        <translation>keine (ein verwaistes Image)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="315"/>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="316"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="318"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="322"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="327"/>
        <source>Created</source>
        <extracomment>Image creation time: &quot;2026-11-24 10:31:05 (3 days ago)&quot;.</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="323"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="327"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="339"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="330"/>
        <source>Size</source>
        <extracomment>Image size: &quot;4.86 MB (4,863,240 bytes)&quot;.</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="330"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="339"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="341"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="343"/>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="343"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="345"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="345"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="346"/>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="347"/>
        <source>not set (/)</source>
        <translation>nicht gesetzt (/)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="348"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="348"/>
        <source>not set (root)</source>
        <translation>nicht gesetzt (root)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="349"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="349"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="352"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="352"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="357"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="366"/>
        <source>1 layer</source>
        <extracomment>Number of layers of an image.</extracomment>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="366"/>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="367"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="367"/>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageListCache</name>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="229"/>
        <source>Cannot cache the image list: the engine has no usable identity.</source>
        <translation>Die Image-Liste kann nicht zwischengespeichert werden: Die Engine hat keine verwendbare Identität.</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="255"/>
        <source>Cannot cache the image list: it could not be encoded.</source>
        <translation>Die Image-Liste kann nicht zwischengespeichert werden: Sie konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="260"/>
        <source>Cannot cache the image list: it is too large (%1 images).</source>
        <translation>Die Image-Liste kann nicht zwischengespeichert werden: Sie ist zu groß (%1 Images).</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageListModel</name>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="205"/>
        <source>yes</source>
        <extracomment>In the &quot;In use&quot; column: one container uses the image.</extracomment>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/ImageListModel.cpp" line="207"/>
        <source>%n containers</source>
        <extracomment>In the &quot;In use&quot; column: how many containers use the image.</extracomment>
        <translation>
            <numerusform>%n Container</numerusform>
            <numerusform>%n Container</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="269"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="270"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="271"/>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="272"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="273"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="276"/>
        <source>In use</source>
        <extracomment>Column header: whether a container uses the image.</extracomment>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="279"/>
        <source>Engine</source>
        <extracomment>Column header: Docker or Podman.</extracomment>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageManifest</name>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="68"/>
        <source>The registry sent an image manifest that Wharf cannot read: it does not have the structure of an image or an image index. The tool that pushed the image may have written a broken manifest; try pushing the image again.</source>
        <translation>Die Registry hat ein Image-Manifest gesendet, das Wharf nicht lesen kann: Es hat nicht die Struktur eines Images oder eines Image-Index. Das Werkzeug, das das Image hochgeladen hat, hat möglicherweise ein defektes Manifest geschrieben; versuchen Sie, das Image erneut hochzuladen.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="79"/>
        <source>This image uses the old, deprecated Docker image format (manifest schema 1), which Wharf does not read and current engines no longer pull. Ask the image&apos;s maintainer to push it again with a current Docker, Podman or Buildah.</source>
        <translation>Dieses Image verwendet das alte, veraltete Docker-Image-Format (Manifest-Schema 1), das Wharf nicht liest und aktuelle Engines nicht mehr ziehen. Bitten Sie die Person, die das Image pflegt, es mit einem aktuellen Docker, Podman oder Buildah erneut hochzuladen.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="286"/>
        <source>The registry sent a manifest larger than 4 MiB, far more than any image needs. Wharf did not read it.</source>
        <translation>Die Registry hat ein Manifest gesendet, das größer als 4 MiB ist, weit mehr, als ein Image braucht. Wharf hat es nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="300"/>
        <source>The registry sent a manifest that is not valid JSON. The reply may have been cut off, or the server may not be a registry; try again.</source>
        <translation>Die Registry hat ein Manifest gesendet, das kein gültiges JSON ist. Die Antwort wurde möglicherweise abgeschnitten, oder der Server ist keine Registry; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="341"/>
        <source>The manifest has the media type %1: it is neither an image nor an image index (it may be a signature, an SBOM or another artifact), so Wharf cannot show it as an image.</source>
        <extracomment>%1 is a media type such as &quot;application/vnd.oci.artifact.manifest.v1+json&quot;.</extracomment>
        <translation>Das Manifest hat den Medientyp %1: Es ist weder ein Image noch ein Image-Index (vielleicht eine Signatur, eine SBOM oder ein anderes Artefakt), daher kann Wharf es nicht als Image anzeigen.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageReference</name>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="84"/>
        <source>“%1” is not a valid image reference: %2.</source>
        <extracomment>%1 is the reference as typed, %2 says what is wrong with it.</extracomment>
        <translation>„%1“ ist keine gültige Image-Referenz: %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="95"/>
        <source>the repository name must be lowercase (%1 at position %2)</source>
        <translation>der Repository-Name muss kleingeschrieben sein (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="99"/>
        <source>%1 at position %2 is not allowed in a repository name, which may contain lowercase letters, digits and the separators “.”, “_”, “__” and “-”</source>
        <translation>%1 an Position %2 ist in einem Repository-Namen nicht erlaubt; er darf Kleinbuchstaben, Ziffern und die Trennzeichen „.“, „_“, „__“ und „-“ enthalten</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="123"/>
        <source>the repository name has an empty part at position %1 (two “/” in a row, or a “/” at the start or end)</source>
        <translation>der Repository-Name hat an Position %1 einen leeren Teil (zwei „/“ hintereinander oder ein „/“ am Anfang oder Ende)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="136"/>
        <location filename="../core/registry/ImageReference.cpp" line="161"/>
        <source>a part of the repository name must start and end with a lowercase letter or digit, not %1 (position %2)</source>
        <translation>ein Teil des Repository-Namens muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und enden, nicht mit %1 (Position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="169"/>
        <source>“%1” at position %2 is not a valid separator; use one “.”, one “_”, two “__” or any number of “-”</source>
        <translation>„%1“ an Position %2 ist kein gültiges Trennzeichen; verwenden Sie ein „.“, ein „_“, zwei „__“ oder beliebig viele „-“</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="189"/>
        <source>the registry address “%1” opens “[” without closing it</source>
        <translation>die Registry-Adresse „%1“ öffnet „[“, ohne es zu schließen</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="193"/>
        <source>the registry address “%1” has an empty IPv6 address</source>
        <translation>die Registry-Adresse „%1“ hat eine leere IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="198"/>
        <source>%1 at position %2 is not allowed in an IPv6 address</source>
        <translation>%1 an Position %2 ist in einer IPv6-Adresse nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="213"/>
        <source>the registry host in “%1” has an empty part at position %2</source>
        <translation>der Registry-Host in „%1“ hat an Position %2 einen leeren Teil</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="218"/>
        <source>a part of the registry host name must start and end with a letter or digit, not “-” (position %1)</source>
        <translation>ein Teil des Registry-Hostnamens muss mit einem Buchstaben oder einer Ziffer beginnen und enden, nicht mit „-“ (Position %1)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="235"/>
        <source>the registry port after “:” at position %1 is empty</source>
        <translation>der Registry-Port nach „:“ an Position %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="239"/>
        <source>the registry port may only contain digits, not %1 (position %2)</source>
        <translation>der Registry-Port darf nur Ziffern enthalten, nicht %1 (Position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="245"/>
        <source>%1 at position %2 is not allowed in a registry host name</source>
        <translation>%1 an Position %2 ist in einem Registry-Hostnamen nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="255"/>
        <source>the tag after “:” at position %1 is empty</source>
        <translation>der Tag nach „:“ an Position %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="257"/>
        <source>the tag is %1 characters long, at most %2 are allowed</source>
        <translation>der Tag ist %1 Zeichen lang, höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="266"/>
        <source>a tag must start with a letter, digit or “_”, not %1 (position %2)</source>
        <translation>ein Tag muss mit einem Buchstaben, einer Ziffer oder „_“ beginnen, nicht mit %1 (Position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="271"/>
        <source>%1 at position %2 is not allowed in a tag, which may contain letters, digits, “_”, “.” and “-”</source>
        <translation>%1 an Position %2 ist in einem Tag nicht erlaubt; er darf Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="283"/>
        <source>the digest after “@” at position %1 is empty</source>
        <translation>der Digest nach „@“ an Position %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="286"/>
        <source>the digest after “@” must look like “sha256:” followed by 64 hexadecimal digits</source>
        <translation>der Digest nach „@“ muss wie „sha256:“ gefolgt von 64 Hexadezimalziffern aussehen</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="299"/>
        <source>%1 at position %2 is not allowed in a digest algorithm</source>
        <translation>%1 an Position %2 ist in einem Digest-Algorithmus nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="305"/>
        <source>the digest algorithm before “:” at position %1 is empty or incomplete</source>
        <translation>der Digest-Algorithmus vor „:“ an Position %1 ist leer oder unvollständig</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="317"/>
        <source>the digest algorithm “%1” is not supported (use sha256)</source>
        <translation>der Digest-Algorithmus „%1“ wird nicht unterstützt (verwenden Sie sha256)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="322"/>
        <source>%1 at position %2 is not allowed in a digest, which uses lowercase hexadecimal digits (0-9, a-f)</source>
        <translation>%1 an Position %2 ist in einem Digest nicht erlaubt; er besteht aus kleingeschriebenen Hexadezimalziffern (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="329"/>
        <source>a %1 digest has %2 hexadecimal digits, this one has %3</source>
        <translation>ein %1-Digest hat %2 Hexadezimalziffern, dieser hat %3</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="346"/>
        <source>it is empty; type a name such as “busybox” or “quay.io/org/app:1.0”</source>
        <translation>sie ist leer; geben Sie einen Namen wie „busybox“ oder „quay.io/org/app:1.0“ ein</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="353"/>
        <source>it contains a blank at position %1 (%2)</source>
        <translation>sie enthält an Position %1 ein Leerzeichen (%2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="358"/>
        <source>it contains an invisible character at position %1 (%2)</source>
        <translation>sie enthält an Position %1 ein unsichtbares Zeichen (%2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="367"/>
        <source>it is an image ID (64 hexadecimal digits), not a name; use the ID directly where an image ID is accepted</source>
        <translation>sie ist eine Image-ID (64 Hexadezimalziffern), kein Name; verwenden Sie die ID direkt dort, wo eine Image-ID akzeptiert wird</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="377"/>
        <source>it contains a second “@” at position %1; only one digest is allowed</source>
        <translation>sie enthält an Position %1 ein zweites „@“; nur ein Digest ist erlaubt</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="383"/>
        <source>the repository name is missing before “@”</source>
        <translation>der Repository-Name fehlt vor „@“</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="390"/>
        <source>the repository name is missing before %1</source>
        <translation>der Repository-Name fehlt vor %1</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="428"/>
        <source>the repository name is %1 characters long with its registry, at most %2 are allowed</source>
        <translation>der Repository-Name ist mit seiner Registry %1 Zeichen lang, höchstens %2 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageSummary</name>
    <message>
        <location filename="../core/engine/ImageSummary.cpp" line="68"/>
        <source>the image list</source>
        <translation>die Image-Liste</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageSummary.cpp" line="74"/>
        <source>The engine&apos;s image list is not a JSON array. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Die Image-Liste der Engine ist kein JSON-Array. Der Endpunkt ist möglicherweise keine Docker-kompatible Engine.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImagesCommand</name>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>IMAGE ID</source>
        <translation>IMAGE-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>IN USE</source>
        <translation>IN VERWENDUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="92"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="130"/>
        <source>wharf images: unknown option &quot;%1&quot;. Usage: wharf images [--engine NAME] [--json]
</source>
        <translation>wharf images: unbekannte Option „%1“. Aufruf: wharf images [--engine NAME] [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="145"/>
        <source>%1 (%2) does not answer: %3
</source>
        <translation>%1 (%2) antwortet nicht: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="153"/>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="156"/>
        <source>No engine named &quot;%1&quot; answers. &quot;wharf engines&quot; lists them.
</source>
        <translation>Keine Engine namens „%1“ antwortet. „wharf engines“ listet sie auf.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="192"/>
        <source>%1: cannot list images: %2
</source>
        <translation>%1: Images können nicht aufgelistet werden: %2
</translation>
    </message>
</context>
<context>
    <name>Wharf::ImagesPage</name>
    <message>
        <location filename="../app/ImagesPage.cpp" line="49"/>
        <source>Show untagged</source>
        <translation>Images ohne Tag anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="52"/>
        <location filename="../app/ImagesPage.cpp" line="81"/>
        <source>Pull…</source>
        <translation>Ziehen …</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="53"/>
        <location filename="../app/ImagesPage.cpp" line="100"/>
        <source>Launch…</source>
        <translation>Starten …</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="65"/>
        <source>Copy Reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="71"/>
        <source>Tag…</source>
        <translation>Taggen …</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="75"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="87"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="93"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="104"/>
        <source>Open a shell in the selected image, with CVMFS and your folder (Ctrl+L)</source>
        <translation>Eine Shell im ausgewählten Image öffnen, mit CVMFS und Ihrem Ordner (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="111"/>
        <source>Filter by repository, tag or ID (Ctrl+F)</source>
        <translation>Nach Repository, Tag oder ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="113"/>
        <source>Filter images</source>
        <translation>Images filtern</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="117"/>
        <source>Show images without a tag (&lt;none&gt;), such as older versions left by a pull.</source>
        <translation>Images ohne Tag (&lt;none&gt;) anzeigen, etwa ältere Versionen, die ein Pull zurückgelassen hat.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="120"/>
        <source>Show images of</source>
        <translation>Images anzeigen von</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="121"/>
        <source>All engines</source>
        <translation>Alle Engines</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="127"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="131"/>
        <source>Pull an image from a registry (Ctrl+P)</source>
        <translation>Ein Image aus einer Registry ziehen (Strg+P)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="176"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="179"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="226"/>
        <location filename="../app/ImagesPage.cpp" line="230"/>
        <source>%1 stopped answering</source>
        <translation>%1 antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="227"/>
        <source>Its images are shown as last seen. Wharf reconnects as soon as the engine is back.</source>
        <translation>Die Images werden so angezeigt, wie sie zuletzt gesehen wurden. Wharf verbindet sich neu, sobald die Engine wieder da ist.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="267"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="307"/>
        <source>Select one image to open a shell in it (Ctrl+L)</source>
        <translation>Wählen Sie ein Image, um darin eine Shell zu öffnen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="391"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImagesPage.cpp" line="392"/>
        <source>Remove %n images?</source>
        <translation>
            <numerusform>%n Image entfernen?</numerusform>
            <numerusform>%n Images entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImagesPage.cpp" line="395"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="397"/>
        <source>A tagged image loses that tag; the image itself goes once no tag and no container uses it.</source>
        <translation>Ein getaggtes Image verliert diesen Tag; das Image selbst verschwindet, sobald kein Tag und kein Container es mehr verwendet.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="398"/>
        <source>Remove Images</source>
        <translation>Images entfernen</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="398"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="415"/>
        <source>Cannot remove %1: it is in use</source>
        <translation>%1 kann nicht entfernt werden: Es wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="416"/>
        <source>A container uses this image, or another tag points to the same image. Remove the container first, or remove the image anyway (the container keeps working until it is removed).</source>
        <translation>Ein Container verwendet dieses Image, oder ein anderer Tag verweist auf dasselbe Image. Entfernen Sie zuerst den Container, oder entfernen Sie das Image trotzdem (der Container funktioniert weiter, bis er entfernt wird).</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="420"/>
        <source>Remove Anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="428"/>
        <location filename="../app/ImagesPage.cpp" line="432"/>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Wharf::ImportLoginsDialog</name>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="57"/>
        <source>Import Logins from Docker and Podman</source>
        <translation>Anmeldungen aus Docker und Podman importieren</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="60"/>
        <source>Docker and Podman keep these logins on this computer. Wharf copies the ones you check into the system keychain; Docker&apos;s and Podman&apos;s files are only read, never changed.</source>
        <translation>Docker und Podman halten diese Anmeldungen auf diesem Computer. Wharf kopiert die von Ihnen angehakten in den Schlüsselbund des Systems; die Dateien von Docker und Podman werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Registry</source>
        <extracomment>Column headers of the list of logins found in Docker&apos;s and Podman&apos;s files.</extracomment>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="72"/>
        <source>Logins found</source>
        <translation>Gefundene Anmeldungen</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="88"/>
        <location filename="../app/ImportLoginsDialog.cpp" line="479"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="182"/>
        <source>Looking for logins…</source>
        <translation>Anmeldungen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="208"/>
        <source>(not listed)</source>
        <translation>(nicht aufgeführt)</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="210"/>
        <source>The credential helper does not list the user; Wharf reads it when importing.</source>
        <translation>Der Credential-Helper führt den Benutzer nicht auf; Wharf liest ihn beim Importieren.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="214"/>
        <source>(identity token)</source>
        <extracomment>A login that holds an OAuth2 refresh token instead of a user and password.</extracomment>
        <translation>(Identitätstoken)</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="222"/>
        <source>The credential helper docker-credential-%1, named in %2</source>
        <translation>Der Credential-Helper docker-credential-%1, genannt in %2</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="232"/>
        <source>already logged in as %1</source>
        <translation>bereits angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="234"/>
        <source>Check it to replace Wharf&apos;s login for %1 with this one.</source>
        <translation>Haken Sie dies an, um die Wharf-Anmeldung für %1 durch diese zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="238"/>
        <source>also listed above</source>
        <extracomment>Another login for the same registry is in a row above.</extracomment>
        <translation>auch oben aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="240"/>
        <source>Another login for %1 is listed above. Check this one to import it instead; Wharf keeps one login per registry.</source>
        <translation>Eine andere Anmeldung für %1 ist oben aufgeführt. Haken Sie diese an, um stattdessen sie zu importieren; Wharf behält eine Anmeldung pro Registry.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="262"/>
        <source>Docker and Podman have no saved logins on this computer.</source>
        <translation>Docker und Podman haben auf diesem Computer keine gespeicherten Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="265"/>
        <source>Wharf looked in:
%1</source>
        <translation>Wharf hat gesucht in:
%1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="286"/>
        <source>Some logins may be missing:</source>
        <translation>Möglicherweise fehlen einige Anmeldungen:</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="350"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="353"/>
        <source>Importing into the system keychain…</source>
        <translation>Import in den Schlüsselbund des Systems …</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="354"/>
        <source>Importing for this session…</source>
        <translation>Import für diese Sitzung …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="375"/>
        <source>%n login imported.</source>
        <translation>
            <numerusform>%n Anmeldung importiert.</numerusform>
            <numerusform>%n Anmeldungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="376"/>
        <source>%n logins imported.</source>
        <translation>
            <numerusform>%n Anmeldung importiert.</numerusform>
            <numerusform>%n Anmeldungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="379"/>
        <source>%n login could not be imported: see the list.</source>
        <translation>
            <numerusform>%n Anmeldung konnte nicht importiert werden: siehe Liste.</numerusform>
            <numerusform>%n Anmeldungen konnten nicht importiert werden: siehe Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="381"/>
        <source>%n logins could not be imported: see the list.</source>
        <translation>
            <numerusform>%n Anmeldung konnte nicht importiert werden: siehe Liste.</numerusform>
            <numerusform>%n Anmeldungen konnten nicht importiert werden: siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="395"/>
        <source>importing…</source>
        <translation>wird importiert …</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="426"/>
        <source>imported for this session</source>
        <translation>für diese Sitzung importiert</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="426"/>
        <source>imported into the keychain</source>
        <translation>in den Schlüsselbund importiert</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="439"/>
        <source>not imported: no keychain</source>
        <translation>nicht importiert: kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="466"/>
        <source>The system keychain cannot be reached.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="467"/>
        <source>The system keychain cannot be reached: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="469"/>
        <source>Wharf can keep the imported logins in memory for this session only; they are never written to disk. Or start your keychain (e.g. GNOME Keyring or KWallet) and open this dialog again.</source>
        <translation>Wharf kann die importierten Anmeldungen nur für diese Sitzung im Speicher halten; sie werden nie auf die Festplatte geschrieben. Oder starten Sie Ihren Schlüsselbund (z. B. GNOME Keyring oder KWallet) und öffnen Sie diesen Dialog erneut.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="474"/>
        <source>Import for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung importieren</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="476"/>
        <source>Keep the checked logins in memory until Wharf quits; nothing is written to disk</source>
        <translation>Die angehakten Anmeldungen bis zum Beenden von Wharf im Speicher halten; nichts wird auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="480"/>
        <source>Copy the checked logins into the system keychain</source>
        <translation>Die angehakten Anmeldungen in den Schlüsselbund des Systems kopieren</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="496"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="496"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Wharf::JsonFields</name>
    <message>
        <location filename="../core/base/JsonFields.cpp" line="66"/>
        <source>The engine sent an empty reply for %1. If this keeps happening, restart the engine.</source>
        <translation>Die Engine hat eine leere Antwort für %1 gesendet. Wenn das weiter passiert, starten Sie die Engine neu.</translation>
    </message>
    <message>
        <location filename="../core/base/JsonFields.cpp" line="76"/>
        <source>The engine&apos;s reply for %1 is not valid JSON (%2 at byte %3). The reply may be cut off or the endpoint may not be a container engine.</source>
        <extracomment>%1 names the reply (&quot;the image list&quot;), %2 is Qt&apos;s parser message, %3 a byte offset.</extracomment>
        <translation>Die Antwort der Engine für %1 ist kein gültiges JSON (%2 bei Byte %3). Die Antwort wurde möglicherweise abgeschnitten, oder der Endpunkt ist keine Container-Engine.</translation>
    </message>
</context>
<context>
    <name>Wharf::KeychainSecretStore</name>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="57"/>
        <source>The keychain could not read the login for %1.</source>
        <translation>Der Schlüsselbund konnte die Anmeldung für %1 nicht lesen.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="59"/>
        <source>The keychain could not save the login for %1.</source>
        <translation>Der Schlüsselbund konnte die Anmeldung für %1 nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="61"/>
        <source>The keychain could not remove the login for %1.</source>
        <translation>Der Schlüsselbund konnte die Anmeldung für %1 nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="83"/>
        <source>No keychain is available: no Secret Service answers on the session bus. Wharf can keep the password for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Kein Secret Service antwortet auf dem Session-Bus. Wharf kann das Passwort nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="89"/>
        <source>The keychain holds no login for %1.</source>
        <translation>Der Schlüsselbund enthält keine Anmeldung für %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="96"/>
        <source>The keychain is locked or refused access. Unlock it (or allow Wharf) and try again, or let Wharf keep the password for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (oder erlauben Sie Wharf den Zugriff) und versuchen Sie es erneut, oder lassen Sie Wharf das Passwort nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="117"/>
        <source>A registry and a username without control characters are needed to keep a login in the keychain.</source>
        <translation>Um eine Anmeldung im Schlüsselbund zu speichern, werden eine Registry und ein Benutzername ohne Steuerzeichen benötigt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="122"/>
        <source>The password for %1 contains a NUL character, which the keychain cannot keep.</source>
        <translation>Das Passwort für %1 enthält ein NUL-Zeichen, das der Schlüsselbund nicht speichern kann.</translation>
    </message>
</context>
<context>
    <name>Wharf::KnownError</name>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="35"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="37"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="40"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="43"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="54"/>
        <source>&quot;%1&quot; is not an array</source>
        <translation>&quot;%1&quot; ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="57"/>
        <source>&quot;%1&quot; has more than %2 elements</source>
        <translation>&quot;%1&quot; hat mehr als %2 Elemente</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="81"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="90"/>
        <source>the id &quot;%1&quot; is not kebab-case (lower-case words joined by &quot;-&quot;)</source>
        <translation>die ID &quot;%1&quot; ist nicht in kebab-case (kleingeschriebene Wörter, verbunden durch &quot;-&quot;)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="106"/>
        <source>&quot;fix&quot; is not a non-empty array of steps</source>
        <translation>&quot;fix&quot; ist kein nicht leeres Array von Schritten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="108"/>
        <source>&quot;fix&quot; has more than %1 steps</source>
        <translation>&quot;fix&quot; hat mehr als %1 Schritte</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="112"/>
        <source>a step of &quot;fix&quot; is not a non-empty string</source>
        <translation>ein Schritt von &quot;fix&quot; ist keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="121"/>
        <source>a pattern is not a string</source>
        <translation>ein Muster ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="124"/>
        <source>a pattern is empty</source>
        <translation>ein Muster ist leer</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="127"/>
        <source>a pattern is longer than %1 characters</source>
        <translation>ein Muster ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="131"/>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2 at offset %3</source>
        <translation>das Muster &quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2 bei Position %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="139"/>
        <source>the pattern &quot;%1&quot; matches empty text</source>
        <translation>das Muster &quot;%1&quot; passt auf leeren Text</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="151"/>
        <source>&quot;%1&quot; is not an error code of Wharf</source>
        <translation>&quot;%1&quot; ist kein Fehlercode von Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="157"/>
        <source>it has neither a pattern nor an error code, so nothing can match it</source>
        <translation>es hat weder ein Muster noch einen Fehlercode, daher kann nichts darauf passen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="171"/>
        <source>a link is not a {&quot;title&quot;, &quot;url&quot;} object with an https address</source>
        <translation>ein Link ist kein {&quot;title&quot;, &quot;url&quot;}-Objekt mit einer https-Adresse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="190"/>
        <source>the symptom &quot;%1&quot; is unknown</source>
        <translation>das Symptom &quot;%1&quot; ist unbekannt</translation>
    </message>
</context>
<context>
    <name>Wharf::KnownErrorAction</name>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="54"/>
        <source>an action is not a JSON object</source>
        <translation>eine Aktion ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="60"/>
        <source>an action has no &quot;kind&quot; string</source>
        <translation>eine Aktion hat keine Zeichenkette &quot;kind&quot;</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="71"/>
        <source>the action kind &quot;%1&quot; is unknown</source>
        <translation>die Aktionsart &quot;%1&quot; ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="76"/>
        <source>a %1 action has no &quot;label&quot; text</source>
        <translation>eine %1-Aktion hat keinen &quot;label&quot;-Text</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="86"/>
        <source>the command of the action &quot;%1&quot; is not an array of arguments</source>
        <translation>der Befehl der Aktion &quot;%1&quot; ist kein Array von Argumenten</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="90"/>
        <source>the command of the action &quot;%1&quot; has no arguments or too many</source>
        <translation>der Befehl der Aktion &quot;%1&quot; hat keine oder zu viele Argumente</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="96"/>
        <source>an argument of the action &quot;%1&quot; is not a string</source>
        <translation>ein Argument der Aktion &quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="101"/>
        <source>the command of the action &quot;%1&quot; names no program</source>
        <translation>der Befehl der Aktion &quot;%1&quot; nennt kein Programm</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="108"/>
        <source>the action &quot;%1&quot; names no settings &quot;page&quot;</source>
        <translation>die Aktion &quot;%1&quot; nennt keine Einstellungsseite (&quot;page&quot;)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="116"/>
        <source>the action &quot;%1&quot; names no &quot;check&quot;</source>
        <translation>die Aktion &quot;%1&quot; nennt keine Prüfung (&quot;check&quot;)</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchCommand</name>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="44"/>
        <source>Usage: wharf launch [OPTIONS] IMAGE [-- COMMAND...]

Starts a shell (or COMMAND) in a container with /cvmfs and your working folder,
in this terminal. The same plan as the Launch dialog; --print shows it instead.

Options:
  --strategy host|automounter|fuse|apptainer|cmssw
                       How the container gets CVMFS (default: host, the /cvmfs
                       of this computer).
  --engine NAME        Docker or Podman (as &quot;wharf engines&quot; names them; default:
                       the engine that has the image, else the first that answers).
  --workdir DIR        The folder to work in, mounted at the same path (default:
                       the current directory).
  --bind SRC[:DST][:ro]
                       Another folder to mount (repeatable).
  --cvmfs-root DIR     Where CVMFS is mounted on this computer (default /cvmfs).
  --repo NAME          A CVMFS repository to mount first, e.g. cms.cern.ch
                       (repeatable).
  --shell bash|zsh|sh  The shell (default bash; sh when the image lacks it).
  --env NAME=VALUE     An environment variable in the container (repeatable).
  --name NAME          The container&apos;s name.   --keep   Keep it afterwards.
  --platform OS/ARCH   e.g. linux/amd64 on an arm64 computer (emulated).
  --as-root            Do not run as your own user id.
  --x11                Let graphical programs use this display.
  --kerberos           Forward your Kerberos ticket (EOS, AFS).
  --release el7|el8|el9
                       The cmssw-elN wrapper (strategy cmssw; default el9).
  --print              Print the command and exit; run nothing.

IMAGE is an image reference (cmscloud/al9-cms:latest), an image ID (sha256:...),
or for apptainer an unpacked path (/cvmfs/unpacked.cern.ch/...). The cmssw
strategy needs no IMAGE.
</source>
        <translation>Aufruf: wharf launch [OPTIONEN] IMAGE [-- BEFEHL...]

Startet in diesem Terminal eine Shell (oder BEFEHL) in einem Container mit /cvmfs
und Ihrem Arbeitsordner. Derselbe Plan wie im Startdialog; --print zeigt ihn nur an.

Optionen:
  --strategy host|automounter|fuse|apptainer|cmssw
                       Wie der Container CVMFS erhält (Standard: host, das /cvmfs
                       dieses Computers).
  --engine NAME        Docker oder Podman (Name wie in „wharf engines“; Standard:
                       die Engine mit dem Image, sonst die erste, die antwortet).
  --workdir VERZ       Arbeitsordner, unter demselben Pfad eingehängt (Standard:
                       das aktuelle Verzeichnis).
  --bind QUELLE[:ZIEL][:ro]
                       Ein weiterer einzuhängender Ordner (wiederholbar).
  --cvmfs-root VERZ    Einhängeort von CVMFS auf diesem Computer (Standard /cvmfs).
  --repo NAME          Ein CVMFS-Repository, das zuerst eingehängt wird, z. B.
                       cms.cern.ch (wiederholbar).
  --shell bash|zsh|sh  Die Shell (Standard bash; sh, wenn das Image sie nicht hat).
  --env NAME=WERT      Eine Umgebungsvariable im Container (wiederholbar).
  --name NAME          Der Name des Containers.   --keep   Ihn danach behalten.
  --platform OS/ARCH   z. B. linux/amd64 auf einem arm64-Computer (emuliert).
  --as-root            Nicht mit Ihrer eigenen Benutzer-ID ausführen.
  --x11                Grafischen Programmen diese Anzeige erlauben.
  --kerberos           Ihr Kerberos-Ticket weiterreichen (EOS, AFS).
  --release el7|el8|el9
                       Der cmssw-elN-Wrapper (Strategie cmssw; Standard el9).
  --print              Den Befehl ausgeben und beenden; nichts ausführen.

IMAGE ist eine Image-Referenz (cmscloud/al9-cms:latest), eine Image-ID (sha256:...)
oder für apptainer ein entpackter Pfad (/cvmfs/unpacked.cern.ch/...). Die Strategie
cmssw braucht kein IMAGE.
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="154"/>
        <source>&quot;%1&quot; is not a strategy. Choose host, automounter, fuse, apptainer or cmssw.</source>
        <translation>„%1“ ist keine Strategie. Wählen Sie host, automounter, fuse, apptainer oder cmssw.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="172"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env erwartet NAME=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="181"/>
        <source>unknown option or missing value: &quot;%1&quot;.</source>
        <translation>unbekannte Option oder fehlender Wert: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="185"/>
        <source>more than one image given (&quot;%1&quot;). Put the command after &quot;--&quot;: wharf launch IMAGE -- COMMAND...</source>
        <translation>mehr als ein Image angegeben („%1“). Setzen Sie den Befehl hinter „--“: wharf launch IMAGE -- BEFEHL...</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="191"/>
        <source>no image given.</source>
        <translation>kein Image angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="206"/>
        <source>%1 (%2) does not answer: %3</source>
        <translation>%1 (%2) antwortet nicht: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="213"/>
        <source>No engine named &quot;%1&quot; answers. &quot;wharf engines&quot; lists them.</source>
        <translation>Keine Engine namens „%1“ antwortet. „wharf engines“ listet sie auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="246"/>
        <source>wharf launch: cannot change to %1.
</source>
        <translation>wharf launch: Wechsel nach %1 nicht möglich.
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="259"/>
        <source>wharf launch: cannot run %1: %2
</source>
        <translation>wharf launch: %1 kann nicht ausgeführt werden: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="261"/>
        <source>Install %1, or choose another strategy with --strategy.
</source>
        <translation>Installieren Sie %1 oder wählen Sie mit --strategy eine andere Strategie.
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="298"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="319"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="328"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="350"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="357"/>
        <source>wharf launch: %1
</source>
        <translation>wharf launch: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="348"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="361"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchController</name>
    <message>
        <location filename="../app/LaunchController.cpp" line="191"/>
        <source>Pull Before Launch</source>
        <translation>Vor dem Start ziehen</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="139"/>
        <source>No engine to start the cvmfs-automounter with</source>
        <translation>Keine Engine, mit der der cvmfs-automounter gestartet werden kann</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="140"/>
        <source>Start Docker (or Podman as root), then try again.</source>
        <translation>Starten Sie Docker (oder Podman als root) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="239"/>
        <source>The launch was stopped before anything ran</source>
        <translation>Der Start wurde abgebrochen, bevor etwas lief</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="251"/>
        <source>Opened a terminal: %1</source>
        <translation>Terminal geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="260"/>
        <location filename="../app/LaunchController.cpp" line="262"/>
        <source>The container stopped at once</source>
        <translation>Der Container wurde sofort beendet</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="264"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="271"/>
        <source>The launch failed</source>
        <translation>Der Start ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="292"/>
        <source>CVMFS is mounted in %1</source>
        <translation>CVMFS ist in %1 eingehängt</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="294"/>
        <source>CVMFS could not be mounted in %1</source>
        <translation>CVMFS konnte in %1 nicht eingehängt werden</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="295"/>
        <source>The image said: %1

The container has no /cvmfs. Check that this computer reaches the CVMFS servers (and the proxy, if you need one), then launch again, or pick another strategy.</source>
        <translation>Das Image meldete: %1

Der Container hat kein /cvmfs. Prüfen Sie, ob dieser Computer die CVMFS-Server (und den Proxy, falls Sie einen brauchen) erreicht, und starten Sie dann erneut oder wählen Sie eine andere Strategie.</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="317"/>
        <source>No launches yet</source>
        <translation>Noch keine Starts</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="321"/>
        <source>Clear Recent Launches</source>
        <translation>Letzte Starts löschen</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchDialog</name>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="126"/>
        <source>Launch a Shell</source>
        <translation>Shell starten</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="154"/>
        <source>C&amp;opy Command</source>
        <translation>Befeh&amp;l kopieren</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="156"/>
        <source>Copy Command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="157"/>
        <source>Copy the command to run it in a terminal of your own; passwords are left as placeholders</source>
        <translation>Den Befehl kopieren, um ihn in einem eigenen Terminal auszuführen; Passwörter bleiben Platzhalter</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="162"/>
        <source>Copy confirmation</source>
        <translation>Kopierbestätigung</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="174"/>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="176"/>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="291"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="292"/>
        <source>cmscloud/al9-cms, or a folder of unpacked.cern.ch for Apptainer</source>
        <translation>cmscloud/al9-cms oder ein Ordner von unpacked.cern.ch für Apptainer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="299"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="303"/>
        <source>CMS wrapper</source>
        <translation>CMS-Wrapper</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="305"/>
        <source>cmssw-el9 (AlmaLinux 9)</source>
        <extracomment>The cmssw-elN wrappers: the operating system the CMSSW release needs.</extracomment>
        <translation>cmssw-el9 (AlmaLinux 9)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="306"/>
        <source>cmssw-el8 (AlmaLinux 8)</source>
        <translation>cmssw-el8 (AlmaLinux 8)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="307"/>
        <source>cmssw-el7 (CentOS 7)</source>
        <translation>cmssw-el7 (CentOS 7)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="308"/>
        <source>The wrapper picks the image for the operating system your CMSSW release was built for</source>
        <translation>Der Wrapper wählt das Image für das Betriebssystem, für das Ihr CMSSW-Release gebaut wurde</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="311"/>
        <source>&amp;Wrapper:</source>
        <translation>&amp;Wrapper:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="317"/>
        <source>How the container gets CVMFS</source>
        <translation>Wie der Container CVMFS erhält</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="350"/>
        <source>CVMFS:</source>
        <extracomment>How the container gets the CVMFS software repositories.</extracomment>
        <translation>CVMFS:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="358"/>
        <source>CVMFS repositories to mount first</source>
        <translation>Zuerst einzuhängende CVMFS-Repositorys</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="359"/>
        <source>Ticked repositories are opened before the start, so that autofs mounts them and the container finds them there. Space ticks.</source>
        <translation>Angehakte Repositorys werden vor dem Start geöffnet, damit autofs sie einhängt und der Container sie dort findet. Leertaste setzt Haken.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="369"/>
        <source>Another repository</source>
        <translation>Weiteres Repository</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="370"/>
        <source>another, e.g. cvmfs-config.cern.ch</source>
        <translation>ein weiteres, z. B. cvmfs-config.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="372"/>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="374"/>
        <source>Add repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="389"/>
        <source>&amp;Repositories:</source>
        <translation>&amp;Repositorys:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="393"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="396"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="403"/>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="404"/>
        <source>Shown in the container at the same path, and the shell starts there</source>
        <translation>Im Container unter demselben Pfad sichtbar; die Shell startet dort</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="406"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="408"/>
        <source>Choose the working folder</source>
        <translation>Arbeitsordner wählen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="413"/>
        <source>&amp;Work in:</source>
        <translation>&amp;Arbeiten in:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="417"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="418"/>
        <source>Empty: an interactive shell</source>
        <translation>Leer: eine interaktive Shell</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="419"/>
        <source>A program and its arguments, split like a shell does (quotes group words); no shell runs it</source>
        <translation>Ein Programm und seine Argumente, aufgeteilt wie in einer Shell (Anführungszeichen gruppieren Wörter); keine Shell führt es aus</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="422"/>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="427"/>
        <source>&amp;Advanced: shell, user, container, environment, folders, graphics, Kerberos</source>
        <extracomment>Expands the rarely used options.</extracomment>
        <translation>Erwei&amp;tert: Shell, Benutzer, Container, Umgebung, Ordner, Grafik, Kerberos</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="428"/>
        <source>Advanced options</source>
        <translation>Erweiterte Optionen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="474"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="476"/>
        <source>When the image lacks it, sh starts instead</source>
        <translation>Wenn das Image sie nicht hat, startet stattdessen sh</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="478"/>
        <source>&amp;Shell:</source>
        <translation>S&amp;hell:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="480"/>
        <source>Run as &amp;me (my user and group ID, so files I create stay mine)</source>
        <translation>&amp;Mit meinem Benutzer ausführen (meine Benutzer- und Gruppen-ID, damit von mir erstellte Dateien mir gehören)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="482"/>
        <source>Run as me</source>
        <translation>Mit meinem Benutzer ausführen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="486"/>
        <source>&amp;Keep the container after the shell exits</source>
        <translation>Container nach dem Beenden der Shell &amp;behalten</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="488"/>
        <source>Keep the container</source>
        <translation>Container behalten</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="494"/>
        <source>Container name</source>
        <translation>Container-Name</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="495"/>
        <source>Empty: the engine picks one</source>
        <translation>Leer: Die Engine wählt einen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="497"/>
        <source>Container &amp;name:</source>
        <translation>Container-&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="501"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="502"/>
        <source>This computer&apos;s own</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="505"/>
        <source>Another architecture than this computer&apos;s runs emulated, several times slower</source>
        <translation>Eine andere Architektur als die dieses Computers läuft emuliert, um ein Mehrfaches langsamer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="508"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="511"/>
        <source>Add &amp;Variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="511"/>
        <source>Remove Variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="515"/>
        <source>En&amp;vironment:</source>
        <translation>Umgeb&amp;ung:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="517"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="517"/>
        <source>The folder (or file) to show in the container</source>
        <translation>Der Ordner (oder die Datei), der im Container sichtbar sein soll</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="518"/>
        <source>In the container</source>
        <translation>Im Container</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="519"/>
        <source>Where the container sees it; empty: at the same path</source>
        <translation>Wo der Container ihn sieht; leer: unter demselben Pfad</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="520"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="520"/>
        <source>The container can read it but not change it</source>
        <translation>Der Container kann ihn lesen, aber nicht ändern</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Extra folders</source>
        <translation>Zusätzliche Ordner</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Add &amp;Folder</source>
        <translation>&amp;Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Remove Folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="525"/>
        <source>E&amp;xtra folders:</source>
        <translation>Zusätzli&amp;che Ordner:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="527"/>
        <source>&amp;Graphical programs (X11: ROOT&apos;s TBrowser, …)</source>
        <translation>&amp;Grafische Programme (X11: TBrowser von ROOT, …)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="529"/>
        <source>Graphical programs</source>
        <translation>Grafische Programme</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="533"/>
        <source>Kerberos &amp;ticket (for EOS and AFS)</source>
        <translation>Kerberos-Tic&amp;ket (für EOS und AFS)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="535"/>
        <source>Kerberos ticket</source>
        <translation>Kerberos-Ticket</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="541"/>
        <source>Registry user name</source>
        <translation>Registry-Benutzername</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="542"/>
        <source>Empty: pull anonymously</source>
        <translation>Leer: anonym ziehen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="543"/>
        <source>Apptainer pulls the image as this user; the password is taken from the keychain when it runs, never written in the command</source>
        <translation>Apptainer zieht das Image als dieser Benutzer; das Passwort wird bei der Ausführung aus dem Schlüsselbund genommen und nie in den Befehl geschrieben</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="546"/>
        <source>Registry &amp;user:</source>
        <translation>Registr&amp;y-Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="556"/>
        <source>What Launch runs</source>
        <extracomment>Heading of the plan: the exact command, what to know, what is checked.</extracomment>
        <translation>Was „Starten“ ausführt</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="562"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="568"/>
        <source>The command Launch runs</source>
        <translation>Der Befehl, den „Starten“ ausführt</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="581"/>
        <source>Warnings and checks</source>
        <translation>Warnungen und Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="643"/>
        <source>docker (its default engine)</source>
        <translation>docker (seine Standard-Engine)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="645"/>
        <source>podman (its default engine)</source>
        <translation>podman (seine Standard-Engine)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="725"/>
        <source>Choose the Folder to Work In</source>
        <translation>Arbeitsordner wählen</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="944"/>
        <source>No command yet: correct the marked option.</source>
        <translation>Noch kein Befehl: Korrigieren Sie die markierte Option.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="959"/>
        <source>Before you launch</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="964"/>
        <source>Checked before it starts</source>
        <translation>Vor dem Start geprüft</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1083"/>
        <source>Shares this computer&apos;s /cvmfs through Docker Desktop; needs the CVMFS client here.</source>
        <translation>Gibt das /cvmfs dieses Computers über Docker Desktop frei; braucht hier den CVMFS-Client.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1084"/>
        <source>Binds this computer&apos;s /cvmfs into the container; needs the CVMFS client here.</source>
        <translation>Bindet das /cvmfs dieses Computers in den Container ein; braucht hier den CVMFS-Client.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1089"/>
        <source>Not on this computer: needs Docker or Podman running directly on Linux, not in Docker Desktop&apos;s virtual machine.</source>
        <translation>Nicht auf diesem Computer: braucht Docker oder Podman direkt unter Linux, nicht in der virtuellen Maschine von Docker Desktop.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1092"/>
        <source>A helper container mounts CVMFS for every container; Wharf offers to start it.</source>
        <translation>Ein Hilfscontainer hängt CVMFS für jeden Container ein; Wharf bietet an, ihn zu starten.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1096"/>
        <source>For images that mount CVMFS themselves; the container gets extra privileges.</source>
        <translation>Für Images, die CVMFS selbst einhängen; der Container erhält zusätzliche Rechte.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1101"/>
        <source>Linux only: Apptainer does not run on macOS or Windows.</source>
        <translation>Nur Linux: Apptainer läuft nicht unter macOS oder Windows.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1104"/>
        <source>Apptainer is not installed here; the command can still be copied.</source>
        <translation>Apptainer ist hier nicht installiert; der Befehl kann trotzdem kopiert werden.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1106"/>
        <source>Runs the image with %1 instead of Docker or Podman, /cvmfs bound in.</source>
        <translation>Führt das Image mit %1 statt mit Docker oder Podman aus, /cvmfs eingebunden.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1112"/>
        <source>Linux only: the cmssw-elN wrappers run Apptainer.</source>
        <translation>Nur Linux: Die cmssw-elN-Wrapper führen Apptainer aus.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1115"/>
        <source>Needs Apptainer, which is not installed here; the command can still be copied.</source>
        <translation>Braucht Apptainer, das hier nicht installiert ist; der Befehl kann trotzdem kopiert werden.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1117"/>
        <source>CMS&apos;s cmssw-el7/8/9 wrappers from /cvmfs/cms.cern.ch: the release&apos;s own image.</source>
        <translation>Die cmssw-el7/8/9-Wrapper von CMS aus /cvmfs/cms.cern.ch: das eigene Image des Releases.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1152"/>
        <source>an image (cmscloud/al9-cms) or a folder of /cvmfs/unpacked.cern.ch</source>
        <translation>ein Image (cmscloud/al9-cms) oder ein Ordner von /cvmfs/unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1153"/>
        <source>cmscloud/al9-cms, gitlab-registry.cern.ch/…:tag</source>
        <translation>cmscloud/al9-cms, gitlab-registry.cern.ch/…:tag</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1164"/>
        <source>Copied</source>
        <extracomment>Shown for a moment after Copy Command.</extracomment>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchPreconditionChecker</name>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="57"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="59"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="61"/>
        <source>symbolic link</source>
        <translation>symbolischer Link</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="63"/>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="65"/>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="66"/>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="181"/>
        <source>%1 exists.</source>
        <translation>%1 existiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="182"/>
        <source>lstat %1: %2</source>
        <translation>lstat %1: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="188"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="189"/>
        <source>%1 cannot be looked at: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="198"/>
        <source>Make %1 exist (%2), or change the launch option that names it.</source>
        <translation>Sorgen Sie dafür, dass %1 existiert (%2), oder ändern Sie die Startoption, die es nennt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="229"/>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="230"/>
        <source>%1: directory, not empty, answered in %2 ms</source>
        <translation>%1: Verzeichnis, nicht leer, Antwort in %2 ms</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="236"/>
        <source>Check that the repository is configured and can be reached: `%1` (the name must be in CVMFS_REPOSITORIES in /etc/cvmfs/default.local). If CVMFS comes from the automounter container, check that it runs.</source>
        <translation>Prüfen Sie, ob das Repository konfiguriert und erreichbar ist: `%1` (der Name muss in CVMFS_REPOSITORIES in /etc/cvmfs/default.local stehen). Wenn CVMFS vom Automounter-Container stammt, prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="243"/>
        <source>%1 does not exist: the repository is not mounted.</source>
        <translation>%1 existiert nicht: Das Repository ist nicht eingehängt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="244"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="260"/>
        <source>%1 is not a directory, so it is no CVMFS repository.</source>
        <translation>%1 ist kein Verzeichnis, also kein CVMFS-Repository.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="261"/>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="262"/>
        <source>Check the CVMFS folder in the launch options and the repository name (%1).</source>
        <translation>Prüfen Sie den CVMFS-Ordner in den Startoptionen und den Repository-Namen (%1).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="267"/>
        <source>%1 is empty: the repository is not mounted.</source>
        <translation>%1 ist leer: Das Repository ist nicht eingehängt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="268"/>
        <source>%1: empty directory (answered in %2 ms)</source>
        <translation>%1: leeres Verzeichnis (Antwort in %2 ms)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="302"/>
        <source>Make %1 a shared mount of its own: `sudo mount --bind %1 %1`, then `sudo mount --make-rshared %1` (again after each reboot, or as a systemd mount unit).</source>
        <translation>Machen Sie %1 zu einem eigenen Shared Mount: `sudo mount --bind %1 %1`, dann `sudo mount --make-rshared %1` (nach jedem Neustart erneut, oder als systemd-Mount-Unit).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="307"/>
        <source>The mount table cannot be read, so whether %1 is shared is not known.</source>
        <translation>Die Mount-Tabelle kann nicht gelesen werden, daher ist unbekannt, ob %1 geteilt ist.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="308"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="480"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="532"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="309"/>
        <source>Look yourself: `findmnt -o TARGET,PROPAGATION %1`.</source>
        <translation>Sehen Sie selbst nach: `findmnt -o TARGET,PROPAGATION %1`.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="317"/>
        <source>No mount holds %1 in the mount table.</source>
        <translation>Kein Mount in der Mount-Tabelle enthält %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="318"/>
        <source>%1: %n mounts, none holds the path</source>
        <translation>
            <numerusform>%1: %n Mount, keiner enthält den Pfad</numerusform>
            <numerusform>%1: %n Mounts, keiner enthält den Pfad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="327"/>
        <source>%1: a mount point (%2), propagation %3</source>
        <translation>%1: ein Einhängepunkt (%2), Propagation %3</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="329"/>
        <source>%1: on the mount %2 (%3), propagation %4</source>
        <translation>%1: auf dem Mount %2 (%3), Propagation %4</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="336"/>
        <source>%1 is a shared mount.</source>
        <translation>%1 ist ein Shared Mount.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="337"/>
        <source>%1 is on the shared mount %2.</source>
        <translation>%1 liegt auf dem Shared Mount %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="341"/>
        <source>%1 is not on a shared mount (%2 holds it, propagation %3): mounts made below it do not reach other containers.</source>
        <translation>%1 liegt nicht auf einem Shared Mount (%2 enthält es, Propagation %3): Darunter angelegte Mounts erreichen andere Container nicht.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="360"/>
        <source>No engine is connected, so whether the container &quot;%1&quot; runs is not known.</source>
        <translation>Keine Engine ist verbunden, daher ist unbekannt, ob der Container „%1“ läuft.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="361"/>
        <source>no engine to ask</source>
        <translation>keine Engine zum Abfragen</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="362"/>
        <source>Start Docker or Podman and pick it for the launch.</source>
        <translation>Starten Sie Docker oder Podman und wählen Sie es für den Start aus.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="376"/>
        <source>The engine could not list its containers: %1</source>
        <translation>Die Engine konnte ihre Container nicht auflisten: %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="382"/>
        <source>Check that the engine runs (the engine line at the bottom of Wharf&apos;s window), then try again.</source>
        <translation>Prüfen Sie, ob die Engine läuft (die Engine-Zeile unten im Wharf-Fenster), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="578"/>
        <source>Check that the engine runs and answers (the engine line at the bottom of Wharf&apos;s window), then try again.</source>
        <translation>Prüfen Sie, ob die Engine läuft und antwortet (die Engine-Zeile unten im Wharf-Fenster), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="395"/>
        <source>The container &quot;%1&quot; is running.</source>
        <translation>Der Container „%1“ läuft.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="396"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="403"/>
        <source>container %1 (%2, image %3): %4</source>
        <translation>Container %1 (%2, Image %3): %4</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="402"/>
        <source>The container &quot;%1&quot; exists but is %2.</source>
        <translation>Der Container „%1“ existiert, ist aber %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="405"/>
        <source>Start it again (`docker start %1` or `podman start %1`), then launch again. If it keeps stopping, its logs say why (`docker logs %1`).</source>
        <translation>Starten Sie ihn erneut (`docker start %1` oder `podman start %1`) und starten Sie dann erneut. Wenn er immer wieder anhält, sagen seine Protokolle, warum (`docker logs %1`).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="409"/>
        <source>There is no container &quot;%1&quot; on this engine.</source>
        <translation>Auf dieser Engine gibt es keinen Container „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="410"/>
        <source>%n containers, none named %1</source>
        <translation>
            <numerusform>%n Container, keiner namens %1</numerusform>
            <numerusform>%n Container, keiner namens %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="411"/>
        <source>Start the container &quot;%1&quot;, then launch again. If it is the cvmfs-automounter, Wharf starts it for you after you confirm its privileges.</source>
        <translation>Starten Sie den Container „%1“ und starten Sie dann erneut. Wenn es der cvmfs-automounter ist, startet Wharf ihn für Sie, nachdem Sie seine Rechte bestätigt haben.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="467"/>
        <source>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</source>
        <translation>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="471"/>
        <source>Docker Desktop on this system has no File Sharing list to check.</source>
        <translation>Docker Desktop hat auf diesem System keine Dateifreigabe-Liste zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="472"/>
        <source>no File Sharing list on this system</source>
        <translation>keine Dateifreigabe-Liste auf diesem System</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="478"/>
        <source>Docker Desktop&apos;s settings cannot be read, so whether it shares %1 is not known.</source>
        <translation>Die Einstellungen von Docker Desktop können nicht gelesen werden, daher ist unbekannt, ob es %1 freigibt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="481"/>
        <source>Open %1 and check that %2 is listed; add it, then Apply &amp; restart.</source>
        <translation>Öffnen Sie %1 und prüfen Sie, ob %2 aufgeführt ist; fügen Sie es hinzu und klicken Sie dann auf „Apply &amp; restart“.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="488"/>
        <source>no Docker Desktop settings file: its default File Sharing list applies: %1</source>
        <translation>keine Einstellungsdatei von Docker Desktop: Es gilt die Standard-Dateifreigabe-Liste: %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="490"/>
        <source>%1: File Sharing list: %2</source>
        <translation>%1: Dateifreigabe-Liste: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="492"/>
        <source>%1: no File Sharing list; the default applies: %2</source>
        <translation>%1: keine Dateifreigabe-Liste; es gilt der Standard: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="497"/>
        <source>Docker Desktop shares %1 (through %2).</source>
        <translation>Docker Desktop gibt %1 frei (über %2).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="502"/>
        <source>Docker Desktop does not share %1 with its virtual machine: the container would fail with &quot;Mounts denied&quot;.</source>
        <translation>Docker Desktop gibt %1 nicht für seine virtuelle Maschine frei: Der Container würde mit „Mounts denied“ fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="507"/>
        <source>Open %1, add %2 with the + button, then Apply &amp; restart.</source>
        <translation>Öffnen Sie %1, fügen Sie %2 mit der Schaltfläche + hinzu und klicken Sie dann auf „Apply &amp; restart“.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="531"/>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="537"/>
        <source>%1 is not installed (not found on the PATH).</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="538"/>
        <source>%1: not found in PATH=%2</source>
        <translation>%1: nicht gefunden in PATH=%2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="544"/>
        <source>Install %1, or choose another way to get CVMFS for this launch.</source>
        <translation>Installieren Sie %1 oder wählen Sie für diesen Start einen anderen Weg, CVMFS zu erhalten.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="564"/>
        <source>%1 gave no answer in %2 s: the repository hangs.</source>
        <translation>%1 hat in %2 s nicht geantwortet: Das Repository hängt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="565"/>
        <source>stat and list %1: no answer after %2 s</source>
        <translation>stat und Auflisten von %1: keine Antwort nach %2 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="567"/>
        <source>A repository that hangs cannot reach its servers: check the proxy (CVMFS_HTTP_PROXY in /etc/cvmfs/default.local; DIRECT on a laptop outside CERN), then `cvmfs_config probe %1`. If it stays stuck: `sudo cvmfs_config reload`, or `sudo systemctl restart autofs`.</source>
        <translation>Ein Repository, das hängt, erreicht seine Server nicht: Prüfen Sie den Proxy (CVMFS_HTTP_PROXY in /etc/cvmfs/default.local; DIRECT auf einem Laptop außerhalb des CERN), dann `cvmfs_config probe %1`. Wenn es hängen bleibt: `sudo cvmfs_config reload` oder `sudo systemctl restart autofs`.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="571"/>
        <source>If CVMFS comes from the automounter container, restart that container.</source>
        <translation>Wenn CVMFS vom Automounter-Container stammt, starten Sie diesen Container neu.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="576"/>
        <source>The engine gave no answer in %1 s about the container &quot;%2&quot;.</source>
        <translation>Die Engine hat in %1 s keine Antwort zum Container „%2“ gegeben.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="577"/>
        <source>list containers: no answer after %1 s</source>
        <translation>Container auflisten: keine Antwort nach %1 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="584"/>
        <source>Checking %1 gave no answer in %2 s: a network file system (AFS, EOS, CVMFS, NFS) may hang.</source>
        <translation>Die Prüfung von %1 hat in %2 s keine Antwort ergeben: Ein Netzwerkdateisystem (AFS, EOS, CVMFS, NFS) hängt möglicherweise.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="587"/>
        <source>%1: no answer after %2 s</source>
        <translation>%1: keine Antwort nach %2 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="588"/>
        <source>Check that the network file systems on this computer answer (`ls` the folders on the PATH and in your home), then try again.</source>
        <translation>Prüfen Sie, ob die Netzwerkdateisysteme auf diesem Computer antworten (`ls` auf die Ordner im PATH und in Ihrem Home-Verzeichnis), und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRequestJson</name>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="55"/>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="84"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="68"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="107"/>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="127"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="147"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not %2.</source>
        <extracomment>%1 is a key of the stored JSON (&quot;binds[0].source&quot;), %2 what it should be (&quot;text&quot;).</extracomment>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ ist nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="165"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="170"/>
        <source>A saved launch cannot be read: &quot;%1&quot; has %2 entries, more than the %3 a launch can have.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ hat %2 Einträge, mehr als die %3, die ein Start haben kann.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="184"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is longer than any launch needs.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ ist länger, als ein Start je braucht.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="191"/>
        <source>A saved launch cannot be read: &quot;%1&quot; contains a NUL character.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="254"/>
        <source>A saved launch cannot be read: it was written by a newer version of Wharf.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: Er wurde von einer neueren Version von Wharf geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="259"/>
        <source>A saved launch cannot be read: it has no version Wharf knows.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: Er hat keine Version, die Wharf kennt.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="268"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not a launch strategy.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ ist keine Startstrategie.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="284"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not an engine (docker or podman).</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: „%1“ ist keine Engine (docker oder podman).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="336"/>
        <source>A saved launch cannot be read: it is larger than any launch needs.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: Er ist größer, als ein Start je braucht.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="342"/>
        <source>A saved launch cannot be read: it is not valid JSON.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: Er ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="347"/>
        <source>A saved launch cannot be read: it is not a JSON object.</source>
        <translation>Ein gespeicherter Start kann nicht gelesen werden: Er ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRequestValidator</name>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="42"/>
        <source>%1 contains a NUL character, which no program argument can hold. Remove it.</source>
        <translation>%1 enthält ein NUL-Zeichen, das kein Programmargument enthalten kann. Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="61"/>
        <source>Choose an image to launch.</source>
        <translation>Wählen Sie ein Image zum Starten.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="65"/>
        <source>The image path</source>
        <translation>Der Image-Pfad</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="68"/>
        <source>The image path contains a line break or another control character. Choose the image folder again.</source>
        <translation>Der Image-Pfad enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Wählen Sie den Image-Ordner erneut.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="91"/>
        <source>%1 is empty. Choose a folder.</source>
        <translation>%1 ist leer. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="95"/>
        <source>%1 must be an absolute path, starting with &quot;/&quot; (it is &quot;%2&quot;).</source>
        <translation>%1 muss ein absoluter Pfad sein, der mit „/“ beginnt (er ist „%2“).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="102"/>
        <source>%1 &quot;%2&quot; contains &quot;%3&quot;. Docker, Podman and Apptainer split a mount specification at &apos;:&apos; and &apos;,&apos; and have no way to escape them, so this path cannot be mounted. Rename the folder, or use a folder whose path has neither character.</source>
        <extracomment>%3 is &apos;:&apos; or &apos;,&apos;</extracomment>
        <translation>%1 „%2“ enthält „%3“. Docker, Podman und Apptainer trennen eine Mount-Angabe bei &apos;:&apos; und &apos;,&apos; und können diese Zeichen nicht maskieren, daher kann dieser Pfad nicht eingehängt werden. Benennen Sie den Ordner um oder verwenden Sie einen Ordner, dessen Pfad keines der beiden Zeichen enthält.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="116"/>
        <source>&quot;%1&quot; cannot be a container name. Use at least two characters: letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>„%1“ kann kein Container-Name sein. Verwenden Sie mindestens zwei Zeichen: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is not an engine address. Write it as unix:///path/to/socket, tcp://host:port or ssh://user@host, or leave it empty for the command&apos;s default.</source>
        <translation>„%1“ ist keine Engine-Adresse. Schreiben Sie sie als unix:///path/to/socket, tcp://host:port oder ssh://user@host, oder lassen Sie sie leer für den Standard des Befehls.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="137"/>
        <source>The automounter&apos;s mount folder</source>
        <translation>Der Mount-Ordner des Automounters</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="142"/>
        <source>The automounter&apos;s mount folder cannot be &quot;/&quot;. Use a folder of its own, such as /shared-mounts.</source>
        <translation>Der Mount-Ordner des Automounters kann nicht „/“ sein. Verwenden Sie einen eigenen Ordner, etwa /shared-mounts.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="160"/>
        <source>The working folder</source>
        <translation>Der Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="164"/>
        <source>The working folder cannot be &quot;/&quot;: it would replace the container&apos;s own files. Choose the folder you work in.</source>
        <translation>Der Arbeitsordner kann nicht „/“ sein: Er würde die eigenen Dateien des Containers ersetzen. Wählen Sie den Ordner, in dem Sie arbeiten.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="172"/>
        <source>The folder to mount</source>
        <translation>Der einzuhängende Ordner</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="176"/>
        <source>The path inside the container</source>
        <translation>Der Pfad im Container</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="182"/>
        <source>A folder cannot be mounted on the container&apos;s root &quot;/&quot;. Choose another path inside the container.</source>
        <translation>Ein Ordner kann nicht auf das Wurzelverzeichnis „/“ des Containers eingehängt werden. Wählen Sie einen anderen Pfad im Container.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="190"/>
        <source>&quot;%1&quot; is not a shell Wharf can start. Choose bash, zsh or sh.</source>
        <translation>„%1“ ist keine Shell, die Wharf starten kann. Wählen Sie bash, zsh oder sh.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="198"/>
        <source>&quot;%1&quot; is not a valid environment variable name. Use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable. Verwenden Sie Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="203"/>
        <source>The value of %1</source>
        <translation>Der Wert von %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="210"/>
        <source>&quot;%1&quot; is not a platform. Write it as system/architecture, for example linux/amd64, or leave it empty for this computer&apos;s own.</source>
        <translation>„%1“ ist keine Plattform. Schreiben Sie sie als System/Architektur, zum Beispiel linux/amd64, oder lassen Sie sie leer, um die dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="221"/>
        <source>The CVMFS folder</source>
        <translation>Der CVMFS-Ordner</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="224"/>
        <source>The CVMFS folder cannot be &quot;/&quot;. It is usually /cvmfs.</source>
        <translation>Der CVMFS-Ordner kann nicht „/“ sein. Normalerweise ist er /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="229"/>
        <source>&quot;%1&quot; is not a CVMFS repository name such as cms.cern.ch.</source>
        <translation>„%1“ ist kein CVMFS-Repository-Name wie cms.cern.ch.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="243"/>
        <source>&quot;%1&quot; is not a CMS wrapper. Choose el7, el8 or el9.</source>
        <translation>„%1“ ist kein CMS-Wrapper. Wählen Sie el7, el8 oder el9.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="250"/>
        <source>The command</source>
        <translation>Der Befehl</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="256"/>
        <source>The registry user name contains a line break or another control character. Type it again.</source>
        <translation>Der Registry-Benutzername enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Geben Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRunner</name>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="65"/>
        <source>This launch needs a secret that was not given (%1): log in to the registry in Wharf&apos;s settings, or launch without a registry user name.</source>
        <translation>Dieser Start braucht ein Geheimnis, das nicht angegeben wurde (%1): Melden Sie sich in den Einstellungen von Wharf bei der Registry an oder starten Sie ohne Registry-Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="74"/>
        <source>Wharf: %1 (%2)</source>
        <translation>Wharf: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="87"/>
        <source>This launch has already been started.</source>
        <translation>Dieser Start wurde bereits begonnen.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchStrategy</name>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="36"/>
        <source>CVMFS from this computer</source>
        <translation>CVMFS von diesem Computer</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="38"/>
        <source>CVMFS from the cvmfs-automounter container</source>
        <translation>CVMFS vom cvmfs-automounter-Container</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="40"/>
        <source>CVMFS mounted inside the container (FUSE)</source>
        <translation>CVMFS im Container eingehängt (FUSE)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="42"/>
        <source>Apptainer / Singularity</source>
        <translation>Apptainer / Singularity</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="44"/>
        <source>CMS wrapper (cmssw-elN)</source>
        <translation>CMS-Wrapper (cmssw-elN)</translation>
    </message>
</context>
<context>
    <name>Wharf::LinkHeader</name>
    <message>
        <location filename="../core/registry/LinkHeader.cpp" line="44"/>
        <source>The registry sent a malformed link to the next page of results, so the list is incomplete. Try again; if it keeps happening, tell the registry&apos;s administrator.</source>
        <translation>Die Registry hat einen fehlerhaften Link zur nächsten Ergebnisseite gesendet, daher ist die Liste unvollständig. Versuchen Sie es erneut; wenn es weiter passiert, wenden Sie sich an die Administration der Registry.</translation>
    </message>
    <message>
        <location filename="../core/registry/LinkHeader.cpp" line="147"/>
        <source>The registry&apos;s link to the next page of results points to another server (%1). Wharf does not follow it, so that your credentials stay with this registry; the list is incomplete.</source>
        <extracomment>%1 is the server the registry&apos;s link points to (&quot;https://other.example:443&quot;).</extracomment>
        <translation>Der Link der Registry zur nächsten Ergebnisseite verweist auf einen anderen Server (%1). Wharf folgt ihm nicht, damit Ihre Zugangsdaten bei dieser Registry bleiben; die Liste ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Wharf::LoggedInPull</name>
    <message>
        <location filename="../app/LoggedInPull.cpp" line="60"/>
        <source>Pulling without your login for %1</source>
        <translation>Ziehen ohne Ihre Anmeldung für %1</translation>
    </message>
    <message>
        <location filename="../app/LoggedInPull.cpp" line="61"/>
        <source>%1 The pull goes without credentials; a private image will be refused.</source>
        <translation>%1 Das Ziehen erfolgt ohne Zugangsdaten; ein privates Image wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Wharf::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="76"/>
        <source>Log In to a Registry</source>
        <translation>Bei einer Registry anmelden</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="82"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="96"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="99"/>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="100"/>
        <source>Password or access token</source>
        <translation>Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="105"/>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des Systems spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="107"/>
        <source>The password or token goes to the system keychain (the Secret Service, macOS Keychain or Windows Credential Manager), never to a file of Wharf&apos;s.</source>
        <translation>Das Passwort oder Token kommt in den Schlüsselbund des Systems (den Secret Service, den macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung), nie in eine Datei von Wharf.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="110"/>
        <source>For this &amp;session only (kept in memory until Wharf quits)</source>
        <translation>Nur für diese S&amp;itzung (im Speicher gehalten, bis Wharf beendet wird)</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="121"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="126"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="130"/>
        <source>&amp;Password or token:</source>
        <extracomment>A password, or an access token used in its place.</extracomment>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="136"/>
        <source>Keep it:</source>
        <extracomment>Where the password is kept.</extracomment>
        <translation>Aufbewahren:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="142"/>
        <source>Use for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="145"/>
        <source>Keep the login in memory until Wharf quits; nothing is written to disk</source>
        <translation>Die Anmeldung bis zum Beenden von Wharf im Speicher halten; nichts wird auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="155"/>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="158"/>
        <source>Check the login with the registry, then keep it</source>
        <translation>Die Anmeldung bei der Registry prüfen und dann speichern</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="244"/>
        <source>The registry&apos;s host[:port], e.g. gitlab-registry.cern.ch.</source>
        <translation>Host[:Port] der Registry, z. B. gitlab-registry.cern.ch.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="252"/>
        <source>Logs in to %1</source>
        <translation>Meldet bei %1 an</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="263"/>
        <source>&lt;a href=&quot;%1&quot;&gt;how to make one&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;so erstellen Sie eines&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="269"/>
        <source>make one on &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <extracomment>%1: a link to the token page of the GitLab instance, %2: a link to GitLab&apos;s help.</extracomment>
        <translation>erstellen Sie eines auf &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="273"/>
        <source>&lt;b&gt;GitLab:&lt;/b&gt; an account with two-factor authentication or single sign-on (CERN SSO) cannot log in with its password here. Use a &lt;b&gt;personal access token&lt;/b&gt; with the &lt;b&gt;read_registry&lt;/b&gt; scope as the password, and your GitLab user name: %1.</source>
        <translation>&lt;b&gt;GitLab:&lt;/b&gt; Ein Konto mit Zwei-Faktor-Authentifizierung oder Single Sign-On (CERN SSO) kann sich hier nicht mit seinem Passwort anmelden. Verwenden Sie ein &lt;b&gt;persönliches Zugriffstoken&lt;/b&gt; mit dem Geltungsbereich &lt;b&gt;read_registry&lt;/b&gt; als Passwort und Ihren GitLab-Benutzernamen: %1.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="301"/>
        <source>A user name cannot contain &quot;:&quot; (the registry would read the rest as the password).</source>
        <translation>Ein Benutzername darf kein „:“ enthalten (die Registry würde den Rest als Passwort lesen).</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="304"/>
        <source>The user name starts or ends with a space: remove it.</source>
        <translation>Der Benutzername beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="307"/>
        <source>The user name or password contains a control character (pasted by accident?): remove it.</source>
        <translation>Der Benutzername oder das Passwort enthält ein Steuerzeichen (versehentlich eingefügt?): Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="325"/>
        <source>The system keychain cannot be reached.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="326"/>
        <source>The system keychain cannot be reached: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="328"/>
        <source>Wharf can keep this login in memory for this session only; it is never written to disk. You will log in again after Wharf quits.</source>
        <translation>Wharf kann diese Anmeldung nur für diese Sitzung im Speicher halten; sie wird nie auf die Festplatte geschrieben. Nach dem Beenden von Wharf melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="389"/>
        <source>Checking the login with %1…</source>
        <translation>Anmeldung bei %1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="402"/>
        <source>Logging in to %1 as %2</source>
        <translation>Anmeldung bei %1 als %2</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="419"/>
        <source>Keeping the login for this session…</source>
        <translation>Anmeldung wird für diese Sitzung behalten …</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="420"/>
        <source>Saving the login in the system keychain…</source>
        <translation>Anmeldung wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="434"/>
        <source>%1 accepted the login, but the system keychain cannot be reached, so Wharf did not keep it. Use it for this session only (in memory, never written to disk), or start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>%1 hat die Anmeldung akzeptiert, aber der Schlüsselbund des Systems ist nicht erreichbar, daher hat Wharf sie nicht gespeichert. Verwenden Sie sie nur für diese Sitzung (im Speicher, nie auf die Festplatte geschrieben), oder starten Sie Ihren Schlüsselbund (z. B. GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="448"/>
        <source>Keeping the login for %1</source>
        <translation>Anmeldung für %1 wird behalten</translation>
    </message>
</context>
<context>
    <name>Wharf::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="99"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="102"/>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="123"/>
        <source>unpacked.cern.ch</source>
        <translation>unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="142"/>
        <source>a local engine</source>
        <translation>eine lokale Engine</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="151"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="159"/>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209"/>
        <source>An engine you chose cannot be used</source>
        <translation>Eine von Ihnen gewählte Engine kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212"/>
        <source>Wharf started Podman for you</source>
        <translation>Wharf hat Podman für Sie gestartet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="248"/>
        <source>&amp;Recent Launches</source>
        <translation>&amp;Letzte Starts</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="255"/>
        <source>&amp;Settings…</source>
        <translation>Einstell&amp;ungen …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="265"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="269"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="278"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="293"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="295"/>
        <source>&amp;Troubleshooting Wizard…</source>
        <translation>&amp;Fehlersuche-Assistent …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="298"/>
        <source>&amp;About Wharf</source>
        <translation>Ü&amp;ber Wharf</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="300"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="352"/>
        <source>not probed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="353"/>
        <source>does not answer: %1</source>
        <translation>antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="355"/>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="356"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>%1 %2 API %3 at %4: %5</source>
        <extracomment>One engine in a diagnostics bundle: &quot;Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers&quot;</extracomment>
        <translation>%1 %2 API %3 bei %4: %5</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>No engine found.</source>
        <translation>Keine Engine gefunden.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>The engines are still being looked for.</source>
        <translation>Die Engines werden noch gesucht.</translation>
    </message>
</context>
<context>
    <name>Wharf::MessageBanner</name>
    <message>
        <location filename="../app/MessageBanner.cpp" line="75"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/MessageBanner.cpp" line="76"/>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../app/MessageBanner.cpp" line="131"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Wharf::MountPropagationCheck</name>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="27"/>
        <source>Mount propagation of /cvmfs</source>
        <translation>Mount-Propagation von /cvmfs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="35"/>
        <source>Mount propagation matters only on Linux; Docker Desktop&apos;s virtual machine does not share mounts with this computer (drop :rslave and :shared there).</source>
        <translation>Mount-Propagation ist nur unter Linux von Bedeutung; die virtuelle Maschine von Docker Desktop teilt keine Mounts mit diesem Computer (lassen Sie dort :rslave und :shared weg).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="43"/>
        <source>The mount table cannot be read.</source>
        <translation>Die Mount-Tabelle kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="45"/>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="61"/>
        <source>Look at it yourself: `findmnt -o TARGET,PROPAGATION /cvmfs`.</source>
        <translation>Sehen Sie selbst nach: `findmnt -o TARGET,PROPAGATION /cvmfs`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="52"/>
        <source>%1: %2 mounts</source>
        <translation>%1: %2 Mounts</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="54"/>
        <source>%1: lines not understood and skipped: %2</source>
        <translation>%1: nicht verstandene und übersprungene Zeilen: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="59"/>
        <source>The mount table is empty or not understood.</source>
        <translation>Die Mount-Tabelle ist leer oder wird nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="76"/>
        <source>/cvmfs is held by %1: %2</source>
        <translation>/cvmfs wird von %1 gehalten: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="82"/>
        <source>mounted below /cvmfs: %1: %2</source>
        <translation>unterhalb von /cvmfs eingehängt: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="87"/>
        <source>%1, which holds /cvmfs, is %2, neither shared nor a slave: `-v /cvmfs:/cvmfs:rslave` is refused (&quot;not a shared or slave mount&quot;), and without it repositories that autofs mounts later never appear in a running container.</source>
        <translation>%1, das /cvmfs enthält, ist %2, weder shared noch slave: `-v /cvmfs:/cvmfs:rslave` wird abgelehnt („not a shared or slave mount“), und ohne diese Option erscheinen Repositorys, die autofs später einhängt, nie in einem laufenden Container.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="92"/>
        <source>Make the mount shared: `sudo mount --make-rshared %1` (until the next reboot; systemd makes / shared at boot, so a private one was changed by something else).</source>
        <translation>Machen Sie den Mount zu einem Shared Mount: `sudo mount --make-rshared %1` (bis zum nächsten Neustart; systemd macht / beim Systemstart shared, ein privater Mount wurde also von etwas anderem geändert).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="105"/>
        <source>/shared-mounts is held by %1: %2</source>
        <translation>/shared-mounts wird von %1 gehalten: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="109"/>
        <source>%1, which holds /shared-mounts, is not shared: the automounter container (`-v /shared-mounts:/cvmfsmounts:rshared`) cannot pass its CVMFS mounts to other containers.</source>
        <translation>%1, das /shared-mounts enthält, ist nicht shared: Der Automounter-Container (`-v /shared-mounts:/cvmfsmounts:rshared`) kann seine CVMFS-Mounts nicht an andere Container weitergeben.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="115"/>
        <source>Make /shared-mounts a shared mount of its own: `sudo mount --bind /shared-mounts /shared-mounts` then `sudo mount --make-rshared /shared-mounts`.</source>
        <translation>Machen Sie /shared-mounts zu einem eigenen Shared Mount: `sudo mount --bind /shared-mounts /shared-mounts`, dann `sudo mount --make-rshared /shared-mounts`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="124"/>
        <source>/shared-mounts: not present (only the automounter container uses it)</source>
        <translation>/shared-mounts: nicht vorhanden (nur der Automounter-Container verwendet es)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="129"/>
        <source>/cvmfs can be passed to containers with :rslave (%1).</source>
        <translation>/cvmfs kann mit :rslave an Container weitergegeben werden (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="131"/>
        <source>No mount holds /cvmfs.</source>
        <translation>Kein Mount enthält /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="139"/>
        <source>Check with `findmnt -o TARGET,PROPAGATION /cvmfs`: &quot;shared&quot; or &quot;private,slave&quot;/&quot;slave&quot; is what :rslave needs.</source>
        <translation>Prüfen Sie mit `findmnt -o TARGET,PROPAGATION /cvmfs`: „shared“ oder „private,slave“/„slave“ ist das, was :rslave braucht.</translation>
    </message>
</context>
<context>
    <name>Wharf::NoEngineWidget</name>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="22"/>
        <source>Install Podman Desktop or Docker Desktop and start it; Wharf finds its socket on its own.</source>
        <translation>Installieren Sie Podman Desktop oder Docker Desktop und starten Sie es; Wharf findet seinen Socket von selbst.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="27"/>
        <source>Install Podman with &lt;code&gt;sudo dnf install podman&lt;/code&gt;, then start Wharf again: it starts a Podman service for you. For Docker: &lt;code&gt;sudo dnf install moby-engine &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;.</source>
        <translation>Installieren Sie Podman mit &lt;code&gt;sudo dnf install podman&lt;/code&gt; und starten Sie Wharf dann erneut: Es startet einen Podman-Dienst für Sie. Für Docker: &lt;code&gt;sudo dnf install moby-engine &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="30"/>
        <source>Install Podman with &lt;code&gt;sudo apt install podman&lt;/code&gt;, then press Try again: Wharf starts a Podman service for you. For Docker: &lt;code&gt;sudo apt install docker.io &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;, and join the &lt;code&gt;docker&lt;/code&gt; group (it is root-equivalent).</source>
        <translation>Installieren Sie Podman mit &lt;code&gt;sudo apt install podman&lt;/code&gt; und klicken Sie dann auf „Erneut versuchen“: Wharf startet einen Podman-Dienst für Sie. Für Docker: &lt;code&gt;sudo apt install docker.io &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;, und treten Sie der Gruppe &lt;code&gt;docker&lt;/code&gt; bei (das entspricht root-Rechten).</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="46"/>
        <source>No container engine is running.</source>
        <translation>Es läuft keine Container-Engine.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="64"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="95"/>
        <source>No container engine answers</source>
        <translation>Keine Container-Engine antwortet</translation>
    </message>
</context>
<context>
    <name>Wharf::PodmanAuthFile</name>
    <message>
        <location filename="../core/credentials/PodmanAuthFile.cpp" line="35"/>
        <source>Podman&apos;s auth file</source>
        <translation>Auth-Datei von Podman</translation>
    </message>
</context>
<context>
    <name>Wharf::PreconditionBanner</name>
    <message>
        <location filename="../app/PreconditionBanner.cpp" line="22"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
</context>
<context>
    <name>Wharf::PrivilegedContainersCheck</name>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="32"/>
        <source>Privileged containers can start (cvmfs-automounter)</source>
        <translation>Privilegierte Container können starten (cvmfs-automounter)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="75"/>
        <source>%1: cannot list its images: %2</source>
        <translation>%1: Images können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="80"/>
        <source>%1 has no image to try a container with; pull one and check again.</source>
        <translation>%1 hat kein Image, mit dem ein Container ausprobiert werden kann; ziehen Sie eines und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="96"/>
        <source>%1: the %2 command is not installed, so no container could be tried.</source>
        <translation>%1: Der Befehl %2 ist nicht installiert, daher konnte kein Container ausprobiert werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="116"/>
        <source>%1: the trial container did not finish: %2</source>
        <translation>%1: Der Testcontainer wurde nicht fertig: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="128"/>
        <source>%1 refused a privileged container: %2</source>
        <translation>%1 hat einen privilegierten Container abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="132"/>
        <source>%1 starts privileged containers.</source>
        <translation>%1 startet privilegierte Container.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="135"/>
        <source>%1: the trial container ended unexpectedly (exit %2): %3</source>
        <translation>%1: Der Testcontainer endete unerwartet (Exit %2): %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="138"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="155"/>
        <source>The engines start privileged containers: the cvmfs-automounter can run.</source>
        <translation>Die Engines starten privilegierte Container: Der cvmfs-automounter kann laufen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="158"/>
        <source>Whether privileged containers can start could not be told.</source>
        <translation>Ob privilegierte Container starten können, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="162"/>
        <source>An engine cannot start privileged containers: the cvmfs-automounter cannot run on it.</source>
        <translation>Eine Engine kann keine privilegierten Container starten: Der cvmfs-automounter kann darauf nicht laufen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="167"/>
        <source>No engine answers, so no container could be tried.</source>
        <translation>Keine Engine antwortet, daher konnte kein Container ausprobiert werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="168"/>
        <source>No engine could try a container.</source>
        <translation>Keine Engine konnte einen Container ausprobieren.</translation>
    </message>
</context>
<context>
    <name>Wharf::PullAllowance</name>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="56"/>
        <source>%1 of %2 requests left per %3</source>
        <translation>%1 von %2 Anfragen pro %3 übrig</translation>
    </message>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="57"/>
        <source>%1 of %2 requests left</source>
        <translation>%1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="63"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="65"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="66"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Wharf::PullDialog</name>
    <message>
        <location filename="../app/PullDialog.cpp" line="39"/>
        <source>Pull an Image</source>
        <translation>Image ziehen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="44"/>
        <source>busybox, python:3.12, quay.io/org/app:1.0</source>
        <translation>busybox, python:3.12, quay.io/org/app:1.0</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="46"/>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="50"/>
        <source>Reference check</source>
        <translation>Prüfung der Referenz</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="56"/>
        <source>Engine to pull into</source>
        <translation>Engine, in die gezogen wird</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="64"/>
        <source>&amp;Image:</source>
        <extracomment>The image to pull, e.g. &quot;busybox&quot; or &quot;quay.io/org/app:1.0&quot;.</extracomment>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="67"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="72"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="93"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="98"/>
        <source>Pull status</source>
        <translation>Status des Ziehens</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="112"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="117"/>
        <source>&amp;Pull</source>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="121"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="123"/>
        <source>Stop the pull; layers already downloaded stay in the engine</source>
        <translation>Das Ziehen abbrechen; bereits heruntergeladene Schichten bleiben in der Engine</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="156"/>
        <source>%1 went away while pulling %2. Start it again, then pull again.</source>
        <translation>%1 ist beim Ziehen von %2 verschwunden. Starten Sie es erneut und ziehen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="234"/>
        <source>%1 %2</source>
        <extracomment>An engine and its version: &quot;Docker 20.10.24&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="237"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="245"/>
        <source>No container engine is running. Start Docker or Podman; it appears here as soon as it answers.</source>
        <translation>Es läuft keine Container-Engine. Starten Sie Docker oder Podman; es erscheint hier, sobald es antwortet.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="248"/>
        <source>No engine is running</source>
        <translation>Es läuft keine Engine</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="263"/>
        <source>Type an image name, with a tag or digest if you need one (without a tag, &quot;latest&quot; is pulled).</source>
        <translation>Geben Sie einen Image-Namen ein, bei Bedarf mit Tag oder Digest (ohne Tag wird „latest“ gezogen).</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="271"/>
        <source>Pulls %1, logged in as %2</source>
        <extracomment>%1 is the normalised reference, %2 the user name the registry knows.</extracomment>
        <translation>Zieht %1, angemeldet als %2</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="275"/>
        <source>Pulls %1</source>
        <extracomment>%1 is the normalised reference: &quot;docker.io/library/busybox:latest&quot;.</extracomment>
        <translation>Zieht %1</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="308"/>
        <source>Asking %1 to pull %2…</source>
        <translation>%1 wird gebeten, %2 zu ziehen …</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="349"/>
        <source>%1 of %2 (%3%)</source>
        <extracomment>Overall pull progress: &quot;12.3 MB of 45.6 MB (27%)&quot;.</extracomment>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="370"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="378"/>
        <source>Pulled %1 into %2.</source>
        <extracomment>%1 is the image reference, %2 the engine (&quot;Docker&quot;).</extracomment>
        <translation>%1 wurde in %2 gezogen.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="380"/>
        <source>Pull finished</source>
        <translation>Ziehen abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="396"/>
        <source>Pull cancelled</source>
        <translation>Ziehen abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="397"/>
        <source>Pull cancelled. Layers already downloaded stay in %1; pulling again resumes from them.</source>
        <translation>Ziehen abgebrochen. Bereits heruntergeladene Schichten bleiben in %1; erneutes Ziehen setzt dort fort.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="403"/>
        <source>Pull failed</source>
        <translation>Ziehen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="406"/>
        <source>Pulling %1 failed</source>
        <translation>Das Ziehen von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="407"/>
        <source>Pulling %1 into %2</source>
        <translation>%1 wird in %2 gezogen</translation>
    </message>
</context>
<context>
    <name>Wharf::PullProgress</name>
    <message>
        <location filename="../core/engine/PullProgress.cpp" line="64"/>
        <source>the engine gave no reason</source>
        <translation>die Engine hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/engine/PullProgress.cpp" line="69"/>
        <source>The engine could not pull the image: %1</source>
        <extracomment>%1 is the engine&apos;s own error text, usually in English.</extracomment>
        <translation>Die Engine konnte das Image nicht ziehen: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::PullProgressModel</name>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="73"/>
        <source>%1 / %2</source>
        <extracomment>Bytes of one layer so far, of its size: &quot;12.3 MB / 45.6 MB&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="108"/>
        <source>%1%</source>
        <extracomment>Tooltip of a layer&apos;s progress: &quot;12.3 MB / 45.6 MB (27%)&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="109"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="143"/>
        <source>Layer</source>
        <extracomment>Column header: the id of an image layer.</extracomment>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="147"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>Wharf::RecentLaunches</name>
    <message>
        <location filename="../core/launch/RecentLaunches.cpp" line="70"/>
        <source> · </source>
        <extracomment>Separates the parts of a recent launch&apos;s title: image, strategy, folder, command.</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Wharf::RegistriesPage</name>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="98"/>
        <source>Add Registry…</source>
        <translation>Registry hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="100"/>
        <source>Add a registry by its host name (and port)</source>
        <translation>Eine Registry über ihren Hostnamen (und Port) hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="103"/>
        <location filename="../app/RegistriesPage.cpp" line="365"/>
        <location filename="../app/RegistriesPage.cpp" line="439"/>
        <source>Log In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="105"/>
        <source>Log in to the selected registry to see private images</source>
        <translation>Bei der ausgewählten Registry anmelden, um private Images zu sehen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="107"/>
        <location filename="../app/RegistriesPage.cpp" line="720"/>
        <location filename="../app/RegistriesPage.cpp" line="721"/>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="109"/>
        <source>Forget the login for the selected registry</source>
        <translation>Die Anmeldung für die ausgewählte Registry vergessen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="113"/>
        <source>Add Repository…</source>
        <translation>Repository hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="116"/>
        <source>Remember a repository path, for registries that do not list theirs</source>
        <translation>Einen Repository-Pfad merken, für Registrys, die ihre Repositorys nicht auflisten</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="120"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="124"/>
        <source>List the selected registry or repository again (F5)</source>
        <translation>Die ausgewählte Registry oder das ausgewählte Repository erneut auflisten (F5)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="128"/>
        <source>Registry Settings…</source>
        <translation>Registry-Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="130"/>
        <source>Rename, connection security, CA file, remove</source>
        <translation>Umbenennen, Verbindungssicherheit, CA-Datei, Entfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="133"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="141"/>
        <source>Copy Reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="147"/>
        <location filename="../app/RegistriesPage.cpp" line="207"/>
        <source>Pull…</source>
        <translation>Ziehen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="151"/>
        <source>Pull the selected tag into a container engine (Ctrl+P)</source>
        <translation>Den ausgewählten Tag in eine Container-Engine ziehen (Strg+P)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="153"/>
        <source>Launch…</source>
        <translation>Starten …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="158"/>
        <source>Open a shell in the selected tag, with CVMFS and your folder; pulled first if needed (Ctrl+L)</source>
        <translation>Eine Shell im ausgewählten Tag öffnen, mit CVMFS und Ihrem Ordner; bei Bedarf wird zuerst gezogen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="163"/>
        <source>Import Logins from Docker and Podman…</source>
        <translation>Anmeldungen aus Docker und Podman importieren …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="166"/>
        <source>Copy the logins Docker and Podman already have into the system keychain</source>
        <translation>Die Anmeldungen, die Docker und Podman bereits haben, in den Schlüsselbund des Systems kopieren</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="169"/>
        <source>Share Login with Docker and Podman…</source>
        <translation>Anmeldung mit Docker und Podman teilen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="172"/>
        <source>Let docker pull and podman pull use the selected registry&apos;s login, through the system keychain</source>
        <translation>docker pull und podman pull die Anmeldung der ausgewählten Registry über den Schlüsselbund des Systems verwenden lassen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="192"/>
        <source>Filter loaded names (Ctrl+F)</source>
        <translation>Geladene Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="194"/>
        <source>Shows the registries, repositories and tags loaded so far whose names contain this text. Expand a registry or repository to load more.</source>
        <translation>Zeigt die bisher geladenen Registrys, Repositorys und Tags, deren Namen diesen Text enthalten. Klappen Sie eine Registry oder ein Repository auf, um mehr zu laden.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="197"/>
        <source>Filter loaded names</source>
        <translation>Geladene Namen filtern</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="222"/>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="261"/>
        <source>Stop every load in flight; reload a row to try it again</source>
        <translation>Alle laufenden Ladevorgänge abbrechen; laden Sie eine Zeile neu, um es erneut zu versuchen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="359"/>
        <source>Wharf cannot read your login for %1</source>
        <translation>Wharf kann Ihre Anmeldung für %1 nicht lesen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="360"/>
        <source>%1 Wharf shows what anonymous users may see. Unlock your keychain and reload, or log in again for this session.</source>
        <translation>%1 Wharf zeigt, was anonyme Benutzer sehen dürfen. Entsperren Sie Ihren Schlüsselbund und laden Sie neu, oder melden Sie sich für diese Sitzung erneut an.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="413"/>
        <source>Cannot list the repositories of %1</source>
        <translation>Die Repositorys von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="414"/>
        <source>Cannot list the tags of %1</source>
        <translation>Die Tags von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="420"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="424"/>
        <source>How to Fix…</source>
        <translation>So beheben Sie es …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="511"/>
        <source>No registries in the list. Add one with “Add Registry…”.</source>
        <translation>Keine Registrys in der Liste. Fügen Sie eine mit „Registry hinzufügen …“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="513"/>
        <source>No loaded name contains “%1”. Only what is loaded is searched: expand registries and repositories to load more.</source>
        <translation>Kein geladener Name enthält „%1“. Durchsucht wird nur, was geladen ist: Klappen Sie Registrys und Repositorys auf, um mehr zu laden.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="539"/>
        <source>%1 %2 s</source>
        <extracomment>Loads in flight and how long they have been going: &quot;Loading from 2 sources… 5 s&quot;.</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="577"/>
        <location filename="../app/RegistriesPage.cpp" line="583"/>
        <source>No container engine is running: start Docker or Podman to pull.</source>
        <translation>Es läuft keine Container-Engine: Starten Sie Docker oder Podman, um zu ziehen.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="579"/>
        <source>Select a tag to pull it into a container engine.</source>
        <translation>Wählen Sie einen Tag, um ihn in eine Container-Engine zu ziehen.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="606"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="607"/>
        <source>Pull into %1…</source>
        <translation>In %1 ziehen …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="615"/>
        <source>No container engine is running</source>
        <translation>Es läuft keine Container-Engine</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="632"/>
        <source>Request on unpacked.cern.ch…</source>
        <translation>Auf unpacked.cern.ch anfordern …</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="638"/>
        <source>Pull Into</source>
        <translation>Ziehen in</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="652"/>
        <source>Load Details for All Tags</source>
        <translation>Details für alle Tags laden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="661"/>
        <location filename="../app/RegistriesPage.cpp" line="785"/>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="687"/>
        <source>Cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="718"/>
        <source>Its password or token is removed from the system keychain.</source>
        <translation>Das Passwort oder Token wird aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="719"/>
        <source>Its password or token is removed from memory.</source>
        <translation>Das Passwort oder Token wird aus dem Speicher entfernt.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="720"/>
        <source>Log out of %1 (user %2)?</source>
        <translation>Von %1 abmelden (Benutzer %2)?</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="721"/>
        <source>Wharf then shows what anonymous users may see.</source>
        <translation>Wharf zeigt dann, was anonyme Benutzer sehen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="731"/>
        <source>Cannot log out of %1</source>
        <translation>Abmelden von %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="786"/>
        <source>Remove %1/%2 from the list?</source>
        <translation>%1/%2 aus der Liste entfernen?</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="787"/>
        <source>Wharf forgets the path; the repository itself is not changed.</source>
        <translation>Wharf vergisst den Pfad; das Repository selbst wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="787"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryAccessCheck</name>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="28"/>
        <source>Registries answer and accept your logins</source>
        <translation>Registrys antworten und akzeptieren Ihre Anmeldungen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="40"/>
        <source>No registries to check.</source>
        <translation>Keine Registrys zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="128"/>
        <source>%1: answers (no login saved; anonymous)</source>
        <translation>%1: antwortet (keine Anmeldung gespeichert; anonym)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="129"/>
        <source>%1: answers and accepts the login of %2</source>
        <translation>%1: antwortet und akzeptiert die Anmeldung von %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="131"/>
        <source>%1: %2 (pull rate limit)</source>
        <translation>%1: %2 (Pull-Ratenlimit)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="137"/>
        <source>%1: no pull rate limit announced</source>
        <translation>%1: kein Pull-Ratenlimit angegeben</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="139"/>
        <source>%1: the pull allowance could not be read: %2</source>
        <translation>%1: Das Pull-Kontingent konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="146"/>
        <source>%1 allows no more pulls for now (pull rate limit).</source>
        <translation>%1 erlaubt vorerst keine weiteren Pulls (Pull-Ratenlimit).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="150"/>
        <source>%1 allows only a few more pulls for now (pull rate limit).</source>
        <translation>%1 erlaubt vorerst nur noch wenige Pulls (Pull-Ratenlimit).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="153"/>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="154"/>
        <source>All %1 registries answer.</source>
        <translation>Alle %1 Registrys antworten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="158"/>
        <source>%1 of %2 registries fail. The first: %3</source>
        <translation>%1 von %2 Registrys schlagen fehl. Die erste: %3</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryAccounts</name>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="102"/>
        <source>“%1” is not a registry: a registry is a host name with an optional port (registry.example.org, localhost:5000); “/” starts a repository path.</source>
        <translation>„%1“ ist keine Registry: Eine Registry ist ein Hostname mit optionalem Port (registry.example.org, localhost:5000); „/“ beginnt einen Repository-Pfad.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="109"/>
        <source>“%1” is not a registry: give a host name with an optional port (registry.example.org, localhost:5000), without spaces.</source>
        <translation>„%1“ ist keine Registry: Geben Sie einen Hostnamen mit optionalem Port an (registry.example.org, localhost:5000), ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="123"/>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="158"/>
        <source>%1 is already in the list of registries.</source>
        <translation>%1 ist bereits in der Liste der Registrys.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="148"/>
        <source>%1 is not in the list of registries.</source>
        <translation>%1 ist nicht in der Liste der Registrys.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryClient</name>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="136"/>
        <source>The CA file for %1 (%2) cannot be read or holds no PEM certificate. Choose another file in the registry&apos;s settings.</source>
        <translation>Die CA-Datei für %1 (%2) kann nicht gelesen werden oder enthält kein PEM-Zertifikat. Wählen Sie in den Einstellungen der Registry eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="344"/>
        <source>%1 sent more than %2 MiB when Wharf tried to %3; Wharf stopped reading.</source>
        <translation>%1 hat mehr als %2 MiB gesendet, als Wharf versuchte, %3; Wharf hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="391"/>
        <source>%1 redirected Wharf too often, or nowhere, when it tried to %2.</source>
        <translation>%1 hat Wharf zu oft oder ins Leere umgeleitet, als es versuchte, %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="400"/>
        <source>%1 redirected Wharf to an address it will not follow when it tried to %2.</source>
        <translation>%1 hat Wharf an eine Adresse umgeleitet, der es nicht folgt, als es versuchte, %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="479"/>
        <source>the token service of %1</source>
        <translation>der Token-Dienst von %1</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="483"/>
        <source>%1 names a token service Wharf cannot use (“%2”).</source>
        <translation>%1 nennt einen Token-Dienst, den Wharf nicht verwenden kann („%2“).</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="497"/>
        <source>%1 asks Wharf to send your password to %2 without encryption. Wharf refuses; mark the registry insecure in its settings only if you trust the network.</source>
        <translation>%1 verlangt von Wharf, Ihr Passwort unverschlüsselt an %2 zu senden. Wharf lehnt ab; markieren Sie die Registry in ihren Einstellungen nur dann als unsicher, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="542"/>
        <source>The token service of %1 sent far too much.</source>
        <translation>Der Token-Dienst von %1 hat viel zu viel gesendet.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="560"/>
        <source>%1 refused the identity token of your login: it has expired or was revoked. Log in to %1 again.</source>
        <translation>%1 hat das Identitätstoken Ihrer Anmeldung abgelehnt: Es ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="608"/>
        <source>%1 sent a next-page link Wharf will not follow while it tried to %2.</source>
        <translation>%1 hat einen Link zur nächsten Seite gesendet, dem Wharf nicht folgt, als es versuchte, %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="621"/>
        <source>%1 keeps sending more pages; Wharf stopped after %2 names.</source>
        <translation>%1 sendet immer weitere Seiten; Wharf hat nach %2 Namen aufgehört.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="642"/>
        <source>check your login</source>
        <translation>Ihre Anmeldung zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="642"/>
        <source>connect</source>
        <translation>eine Verbindung herzustellen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="663"/>
        <source>list its repositories</source>
        <translation>die Repositorys aufzulisten</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="678"/>
        <source>“%1” is not a Docker Hub user or organisation name.</source>
        <translation>„%1“ ist kein Benutzer- oder Organisationsname von Docker Hub.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="686"/>
        <source>list the repositories of %1</source>
        <translation>die Repositorys von %1 aufzulisten</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="701"/>
        <source>“%1” is not a repository path.</source>
        <translation>„%1“ ist kein Repository-Pfad.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="709"/>
        <source>list the tags of %1</source>
        <translation>die Tags von %1 aufzulisten</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="719"/>
        <source>“%1:%2” is not an image reference Wharf can ask for.</source>
        <translation>„%1:%2“ ist keine Image-Referenz, die Wharf anfragen kann.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="741"/>
        <source>read the manifest of %1:%2</source>
        <translation>das Manifest von %1:%2 zu lesen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="756"/>
        <source>The manifest %1 sent for %2 does not match its digest; it may have been altered on the way.</source>
        <translation>Das Manifest, das %1 für %2 gesendet hat, passt nicht zu seinem Digest; es wurde möglicherweise unterwegs verändert.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="785"/>
        <source>ask how many pulls are left</source>
        <translation>abzufragen, wie viele Pulls noch übrig sind</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="803"/>
        <source>“%1” is not a blob digest.</source>
        <translation>„%1“ ist kein Blob-Digest.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="811"/>
        <source>read %1 of %2</source>
        <translation>%1 von %2 zu lesen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="820"/>
        <source>The data %1 sent for %2 does not match its digest.</source>
        <translation>Die Daten, die %1 für %2 gesendet hat, passen nicht zu ihrem Digest.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="921"/>
        <source>An image index points at another index; Wharf does not follow nested indexes.</source>
        <translation>Ein Image-Index verweist auf einen anderen Index; Wharf folgt keinen verschachtelten Indizes.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryCommand</name>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="58"/>
        <source>Usage: wharf registry COMMAND

  login HOST[:PORT] --username USER [--password-stdin]
                 Check the login against the registry, then keep the password or
                 token in the system keychain. The password is asked for on the
                 terminal, or read from standard input with --password-stdin;
                 never give it as an argument.
  logout HOST    Remove the login (the keychain entry and the username).
  list [--json]  Your registries, their usernames, and whether the keychain
                 holds their secret.
  repos HOST [--json]
                 The registry&apos;s repositories (its catalog; where the catalog is
                 closed, the paths you added by hand).
  tags HOST/REPOSITORY... [--json]
                 The tags of one or more repositories, newest versions first.
  inspect REFERENCE... [--json]
                 Digest, media type, platforms, size, created time and labels of
                 one or more images (HOST/REPOSITORY[:TAG|@DIGEST]).
  import --list [--json] [HOST...]
                 The logins Docker and Podman already have (~/.docker/config.json,
                 its credential helpers, Podman&apos;s auth.json): registry, username,
                 where. Never a secret.
  import [HOST...]
                 Copy those logins (all, or the registries named) into the system
                 keychain. Where a registry has several, the first listed is used.
                 Docker&apos;s and Podman&apos;s files are not changed.
  share HOST[:PORT] [--to docker|podman|both] [--yes]
                 Give Wharf&apos;s login to Docker and/or Podman (default both) through
                 a credential helper that keeps it in the system keychain, never in
                 clear. Shows what would change; --yes writes it.

Exit status: 0 success, 1 failure, 2 wrong usage.
</source>
        <translation>Aufruf: wharf registry BEFEHL

  login HOST[:PORT] --username BENUTZER [--password-stdin]
                 Die Anmeldung bei der Registry prüfen, dann das Passwort oder
                 Token im Schlüsselbund des Systems ablegen. Das Passwort wird im
                 Terminal abgefragt oder mit --password-stdin aus der
                 Standardeingabe gelesen; geben Sie es nie als Argument an.
  logout HOST    Die Anmeldung entfernen (Schlüsselbundeintrag und Benutzername).
  list [--json]  Ihre Registrys, ihre Benutzernamen und ob der Schlüsselbund
                 ihr Geheimnis enthält.
  repos HOST [--json]
                 Die Repositorys der Registry (ihr Katalog; wo der Katalog
                 gesperrt ist, die Pfade, die Sie von Hand hinzugefügt haben).
  tags HOST/REPOSITORY... [--json]
                 Die Tags eines oder mehrerer Repositorys, neueste Versionen zuerst.
  inspect REFERENZ... [--json]
                 Digest, Medientyp, Plattformen, Größe, Erstellungszeit und Labels
                 eines oder mehrerer Images (HOST/REPOSITORY[:TAG|@DIGEST]).
  import --list [--json] [HOST...]
                 Die Anmeldungen, die Docker und Podman bereits haben
                 (~/.docker/config.json, seine Credential-Helper, Podmans
                 auth.json): Registry, Benutzername, Fundort. Nie ein Geheimnis.
  import [HOST...]
                 Diese Anmeldungen (alle oder die der genannten Registrys) in den
                 Schlüsselbund des Systems kopieren. Hat eine Registry mehrere,
                 wird die zuerst aufgeführte verwendet. Die Dateien von Docker
                 und Podman werden nicht verändert.
  share HOST[:PORT] [--to docker|podman|both] [--yes]
                 Die Anmeldung von Wharf an Docker und/oder Podman weitergeben
                 (Standard: beide), über einen Credential-Helper, der sie im
                 Schlüsselbund des Systems hält, nie im Klartext. Zeigt, was sich
                 ändern würde; --yes schreibt es.

Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="138"/>
        <source>wharf registry %1: --username needs a value.
</source>
        <translation>wharf registry %1: --username braucht einen Wert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="150"/>
        <source>wharf registry %1: --to needs docker, podman or both.
</source>
        <translation>wharf registry %1: --to braucht docker, podman oder both.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="155"/>
        <source>wharf registry %1: Wharf does not take a password as an argument (it would show in the process list and the shell history). Type it at the prompt, or pass it on standard input with --password-stdin.
</source>
        <translation>wharf registry %1: Wharf nimmt kein Passwort als Argument an (es wäre in der Prozessliste und im Shell-Verlauf sichtbar). Geben Sie es bei der Abfrage ein oder übergeben Sie es mit --password-stdin über die Standardeingabe.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="163"/>
        <source>wharf registry %1: unknown option &quot;%2&quot;.
</source>
        <translation>wharf registry %1: unbekannte Option „%2“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="244"/>
        <source>warning: the login for %1 cannot be read, continuing anonymously: %2
</source>
        <translation>Warnung: Die Anmeldung für %1 kann nicht gelesen werden, es wird anonym fortgefahren: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="294"/>
        <source>wharf registry login: give one registry and --username.
Usage: wharf registry login HOST[:PORT] --username USER [--password-stdin]
</source>
        <translation>wharf registry login: Geben Sie eine Registry und --username an.
Aufruf: wharf registry login HOST[:PORT] --username BENUTZER [--password-stdin]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="300"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="337"/>
        <source>wharf registry login: %1
</source>
        <translation>wharf registry login: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="309"/>
        <source>Password or token for %1 at %2: </source>
        <translation>Passwort oder Token für %1 bei %2: </translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="311"/>
        <source>wharf registry login: there is no terminal to ask for the password. Pass it on standard input with --password-stdin.
</source>
        <translation>wharf registry login: Es gibt kein Terminal, um nach dem Passwort zu fragen. Übergeben Sie es mit --password-stdin über die Standardeingabe.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="320"/>
        <source>wharf registry login: the password is empty. Nothing was saved.
</source>
        <translation>wharf registry login: Das Passwort ist leer. Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="339"/>
        <source>GitLab accounts with two-factor authentication or single sign-on need a personal access token with the read_registry scope instead of the password.
</source>
        <translation>GitLab-Konten mit Zwei-Faktor-Authentifizierung oder Single Sign-On brauchen statt des Passworts ein persönliches Zugriffstoken mit dem Geltungsbereich read_registry.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="341"/>
        <source>Nothing was saved.
</source>
        <translation>Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="359"/>
        <source>wharf registry login: the login is correct, but the system keychain could not keep it: it is missing, locked or refused access%1.
Wharf keeps registry secrets only in the system keychain (the Secret Service: GNOME Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this session and log in again, or log in from the Wharf window and keep the login for that session only. Nothing was saved.
</source>
        <translation>wharf registry login: Die Anmeldung ist korrekt, aber der Schlüsselbund des Systems konnte sie nicht speichern: Er fehlt, ist gesperrt oder hat den Zugriff verweigert%1.
Wharf speichert Registry-Geheimnisse nur im Schlüsselbund des Systems (dem Secret Service: GNOME Keyring, KWallet, KeePassXC), nie in einer Datei. Starten oder entsperren Sie einen in dieser Sitzung und melden Sie sich erneut an, oder melden Sie sich im Wharf-Fenster an und behalten Sie die Anmeldung nur für diese Sitzung. Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="367"/>
        <source>wharf registry login: %1
Nothing was saved.
</source>
        <translation>wharf registry login: %1
Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="371"/>
        <source>Logged in to %1 as %2; the secret is in the system keychain.
</source>
        <translation>Bei %1 als %2 angemeldet; das Geheimnis liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="380"/>
        <source>wharf registry logout: give one registry.
Usage: wharf registry logout HOST
</source>
        <translation>wharf registry logout: Geben Sie eine Registry an.
Aufruf: wharf registry logout HOST
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="385"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="399"/>
        <source>wharf registry logout: %1
</source>
        <translation>wharf registry logout: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="403"/>
        <source>Not logged in to %1.
</source>
        <translation>Nicht bei %1 angemeldet.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="405"/>
        <source>Logged out of %1 (%2): the secret was removed from the keychain.
</source>
        <translation>Von %1 (%2) abgemeldet: Das Geheimnis wurde aus dem Schlüsselbund entfernt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="414"/>
        <source>wharf registry list: takes no arguments.
Usage: wharf registry list [--json]
</source>
        <translation>wharf registry list: erwartet keine Argumente.
Aufruf: wharf registry list [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="478"/>
        <source>No registries. &quot;wharf registry login HOST --username USER&quot; adds one.
</source>
        <translation>Keine Registrys. „wharf registry login HOST --username BENUTZER“ fügt eine hinzu.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="479"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1020"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1026"/>
        <source>REGISTRY</source>
        <translation>REGISTRY</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1021"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1026"/>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <source>KEYCHAIN</source>
        <translation>SCHLÜSSELBUND</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="489"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="490"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="491"/>
        <source>no (log in again)</source>
        <translation>nein (erneut anmelden)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="492"/>
        <source>unknown (keychain unavailable)</source>
        <translation>unbekannt (Schlüsselbund nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="496"/>
        <source> (insecure)</source>
        <translation> (unsicher)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="498"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="503"/>
        <source>warning: the system keychain could not be asked, so whether it holds these logins is unknown: %1
</source>
        <translation>Warnung: Der Schlüsselbund des Systems konnte nicht abgefragt werden, daher ist unbekannt, ob er diese Anmeldungen enthält: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="514"/>
        <source>wharf registry repos: give one registry.
Usage: wharf registry repos HOST [--json]
</source>
        <translation>wharf registry repos: Geben Sie eine Registry an.
Aufruf: wharf registry repos HOST [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="519"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="528"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="561"/>
        <source>wharf registry repos: %1
</source>
        <translation>wharf registry repos: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="546"/>
        <source>Docker Hub does not list all its repositories; log in (wharf registry login docker.io --username USER) to list your own.</source>
        <translation>Docker Hub listet nicht alle seine Repositorys auf; melden Sie sich an (wharf registry login docker.io --username BENUTZER), um Ihre eigenen aufzulisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="587"/>
        <source>%1 does not list its repositories to you (%2).
</source>
        <translation>%1 listet Ihnen seine Repositorys nicht auf (%2).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="589"/>
        <source>No repository paths were added by hand for it: add them on the Registries page, or name one directly: wharf registry tags %1/PATH
</source>
        <translation>Dafür wurden keine Repository-Pfade von Hand hinzugefügt: Fügen Sie sie auf der Seite „Registrys“ hinzu oder nennen Sie eines direkt: wharf registry tags %1/PFAD
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="593"/>
        <source>Listed: the repository path added by hand.
</source>
        <translation>Aufgelistet: der von Hand hinzugefügte Repository-Pfad.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="594"/>
        <source>Listed: the %1 repository paths added by hand.
</source>
        <translation>Aufgelistet: die %1 von Hand hinzugefügten Repository-Pfade.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="607"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="935"/>
        <source>wharf registry %1: %2
</source>
        <translation>wharf registry %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="609"/>
        <source>wharf registry %1: &quot;%2&quot; names a tag or digest; give the repository alone (wharf registry inspect shows one tag).
</source>
        <translation>wharf registry %1: „%2“ nennt einen Tag oder Digest; geben Sie nur das Repository an (wharf registry inspect zeigt einen Tag).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="667"/>
        <source>wharf registry tags: give at least one repository.
Usage: wharf registry tags HOST/REPOSITORY... [--json]
</source>
        <translation>wharf registry tags: Geben Sie mindestens ein Repository an.
Aufruf: wharf registry tags HOST/REPOSITORY... [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="693"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="856"/>
        <source>The request did not finish.</source>
        <translation>Die Anfrage wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="694"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="857"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1145"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="783"/>
        <source>digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="784"/>
        <source>media type:</source>
        <translation>Medientyp:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="796"/>
        <source> (and 1 attestation)</source>
        <translation> (und 1 Attestierung)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="796"/>
        <source> (and %1 attestations)</source>
        <translation> (und %1 Attestierungen)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="797"/>
        <source>platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="798"/>
        <source>described:</source>
        <translation>beschrieben:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="802"/>
        <source>platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="804"/>
        <source>size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="805"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="812"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="807"/>
        <source>%1 compressed, 1 layer</source>
        <translation>%1 komprimiert, 1 Schicht</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="808"/>
        <source>%1 compressed, %2 layers</source>
        <translation>%1 komprimiert, %2 Schichten</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="811"/>
        <source>created:</source>
        <translation>erstellt:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="815"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="817"/>
        <source>labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="815"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="828"/>
        <source>wharf registry inspect: give at least one image reference.
Usage: wharf registry inspect REFERENCE... [--json]
</source>
        <translation>wharf registry inspect: Geben Sie mindestens eine Image-Referenz an.
Aufruf: wharf registry inspect REFERENZ... [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="897"/>
        <source>Docker&apos;s configuration file %1</source>
        <translation>Konfigurationsdatei von Docker %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="899"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation>docker-credential-%1 (genannt in %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="901"/>
        <source>Podman&apos;s auth file %1</source>
        <translation>Auth-Datei von Podman %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="921"/>
        <source>wharf registry %1: the system keychain could not keep the login: it is missing, locked or refused access%2.
Wharf keeps registry secrets only in the system keychain (the Secret Service: GNOME Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this session and try again, or use the Wharf window, which can keep a login for its session only.
</source>
        <translation>wharf registry %1: Der Schlüsselbund des Systems konnte die Anmeldung nicht speichern: Er fehlt, ist gesperrt oder hat den Zugriff verweigert%2.
Wharf speichert Registry-Geheimnisse nur im Schlüsselbund des Systems (dem Secret Service: GNOME Keyring, KWallet, KeePassXC), nie in einer Datei. Starten oder entsperren Sie einen in dieser Sitzung und versuchen Sie es erneut, oder verwenden Sie das Wharf-Fenster, das eine Anmeldung nur für seine Sitzung behalten kann.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="949"/>
        <source>wharf registry import: --session is not available on the command line: a login kept for the session lives only in the memory of the Wharf process that holds it, and this command ends as soon as it has imported. Import into the keychain (without --session), or use Import Logins in the Wharf window to keep a login for that window&apos;s session only.
</source>
        <translation>wharf registry import: --session ist auf der Befehlszeile nicht verfügbar: Eine für die Sitzung behaltene Anmeldung existiert nur im Speicher des Wharf-Prozesses, der sie hält, und dieser Befehl endet, sobald er importiert hat. Importieren Sie in den Schlüsselbund (ohne --session) oder verwenden Sie „Anmeldungen importieren“ im Wharf-Fenster, um eine Anmeldung nur für die Sitzung dieses Fensters zu behalten.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="957"/>
        <source>wharf registry import: --json goes with --list.
Usage: wharf registry import [--list [--json]] [HOST...]
</source>
        <translation>wharf registry import: --json gehört zu --list.
Aufruf: wharf registry import [--list [--json]] [HOST...]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1018"/>
        <source>No logins found in Docker&apos;s or Podman&apos;s files.
</source>
        <translation>Keine Anmeldungen in den Dateien von Docker oder Podman gefunden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1027"/>
        <source>FOUND IN</source>
        <translation>GEFUNDEN IN</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1030"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1092"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1036"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1050"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1053"/>
        <source>No logins found in Docker&apos;s or Podman&apos;s files: nothing to import.
</source>
        <translation>Keine Anmeldungen in den Dateien von Docker oder Podman gefunden: Es gibt nichts zu importieren.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1062"/>
        <source>%1: not imported: Docker&apos;s and Podman&apos;s files have no login for it.
</source>
        <translation>%1: nicht importiert: Die Dateien von Docker und Podman enthalten keine Anmeldung dafür.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1079"/>
        <source>%1: not imported from %2: %3
</source>
        <translation>%1: nicht importiert aus %2: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1085"/>
        <source>%1: imported %2 from %3 into the system keychain.
</source>
        <translation>%1: %2 aus %3 in den Schlüsselbund des Systems importiert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1088"/>
        <source>  It replaces Wharf&apos;s login as %1.
</source>
        <translation>  Sie ersetzt die Wharf-Anmeldung als %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1090"/>
        <source>  Also found in %1 (as %2): not used, the first one was.
</source>
        <translation>  Auch gefunden in %1 (als %2): nicht verwendet, die erste wurde verwendet.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1101"/>
        <source>Usage: wharf registry share HOST[:PORT] [--to docker|podman|both] [--yes]
</source>
        <translation>Aufruf: wharf registry share HOST[:PORT] [--to docker|podman|both] [--yes]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1103"/>
        <source>wharf registry share: give one registry.
</source>
        <translation>wharf registry share: Geben Sie eine Registry an.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1108"/>
        <source>wharf registry share: %1
</source>
        <translation>wharf registry share: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1120"/>
        <source>wharf registry share: --to takes docker, podman or both, not &quot;%1&quot;.
</source>
        <translation>wharf registry share: --to erwartet docker, podman oder both, nicht „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1128"/>
        <source>wharf registry share: Wharf has no login for %1. Log in first: wharf registry login %1 --username USER
</source>
        <translation>wharf registry share: Wharf hat keine Anmeldung für %1. Melden Sie sich zuerst an: wharf registry login %1 --username BENUTZER
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1140"/>
        <source>%1: cannot share the login for %2: %3
</source>
        <translation>%1: Die Anmeldung für %2 kann nicht weitergegeben werden: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1151"/>
        <source>Nothing was written. Run again with --yes to write these changes.
</source>
        <translation>Es wurde nichts geschrieben. Führen Sie den Befehl erneut mit --yes aus, um diese Änderungen zu schreiben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1166"/>
        <source>wharf registry share: the secret of the login for %1 cannot be read: %2
Log in again: wharf registry login %1 --username %3
</source>
        <translation>wharf registry share: Das Geheimnis der Anmeldung für %1 kann nicht gelesen werden: %2
Melden Sie sich erneut an: wharf registry login %1 --username %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1181"/>
        <source>%1: shared the login for %2 (%3) through docker-credential-%4.
</source>
        <translation>%1: Anmeldung für %2 (%3) über docker-credential-%4 weitergegeben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1184"/>
        <source>%1: the login for %2 was not shared: %3
</source>
        <translation>%1: Die Anmeldung für %2 wurde nicht weitergegeben: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1232"/>
        <source>wharf registry: unknown command &quot;%1&quot;.
</source>
        <translation>wharf registry: unbekannter Befehl „%1“.
</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryConnections</name>
    <message>
        <location filename="../core/registry/RegistryConnections.cpp" line="78"/>
        <location filename="../core/registry/RegistryConnections.cpp" line="103"/>
        <source>The connection to %1 was reset.</source>
        <translation>Die Verbindung zu %1 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryDetailsPanel</name>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="70"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="86"/>
        <source>Select a registry, repository or tag to see its details.

Expand a registry to list its repositories, and a repository to list its tags.</source>
        <translation>Wählen Sie eine Registry, ein Repository oder einen Tag, um die Details zu sehen.

Klappen Sie eine Registry auf, um ihre Repositorys aufzulisten, und ein Repository, um seine Tags aufzulisten.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="101"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="103"/>
        <source>Copy the reference to the clipboard</source>
        <translation>Die Referenz in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="111"/>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="113"/>
        <source>This platform:</source>
        <extracomment>The digest of the image, inside a multi-platform index, that a pull on this computer takes.</extracomment>
        <translation>Diese Plattform:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="114"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="115"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="116"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="117"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="118"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="119"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="120"/>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="121"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="122"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="123"/>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="124"/>
        <source>Listed:</source>
        <translation>Aufgelistet:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="145"/>
        <source>Pull into…</source>
        <translation>Ziehen in …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="149"/>
        <location filename="../app/RegistryDetailsPanel.cpp" line="374"/>
        <source>Pull this image into a container engine on this computer</source>
        <translation>Dieses Image in eine Container-Engine auf diesem Computer ziehen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="152"/>
        <source>&amp;Launch…</source>
        <translation>&amp;Starten …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="153"/>
        <source>Start a shell in this image with CVMFS (comes with the launch dialog)</source>
        <translation>Eine Shell in diesem Image mit CVMFS starten (über den Startdialog)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="155"/>
        <source>Load &amp;Details for All Tags</source>
        <translation>&amp;Details für alle Tags laden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="156"/>
        <source>Fetch digest, platforms, size and creation time of every tag listed, a few at a time</source>
        <translation>Digest, Plattformen, Größe und Erstellungszeit jedes aufgelisteten Tags abrufen, jeweils einige auf einmal</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="160"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="160"/>
        <source>Load the details of this tag again</source>
        <translation>Die Details dieses Tags erneut laden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="162"/>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="162"/>
        <source>Log in to this registry</source>
        <translation>Bei dieser Registry anmelden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="166"/>
        <source>Log &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="166"/>
        <source>Forget the login for this registry</source>
        <translation>Die Anmeldung für diese Registry vergessen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="169"/>
        <source>Add &amp;Repository…</source>
        <translation>&amp;Repository hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="170"/>
        <source>Remember a repository path for this registry</source>
        <translation>Einen Repository-Pfad für diese Registry merken</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="174"/>
        <source>&amp;Settings…</source>
        <translation>Einstell&amp;ungen …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="174"/>
        <source>Rename, connection security, CA file, remove</source>
        <translation>Umbenennen, Verbindungssicherheit, CA-Datei, Entfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="178"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="178"/>
        <source>List it again from the registry</source>
        <translation>Erneut von der Registry auflisten</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="181"/>
        <source>Remove &amp;from List</source>
        <translation>Aus der Liste en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="182"/>
        <source>Forget this repository path (the registry is not changed)</source>
        <translation>Diesen Repository-Pfad vergessen (die Registry wird nicht verändert)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="231"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="434"/>
        <source>Tag</source>
        <extracomment>The kind of the selected row in the registry tree.</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="436"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="450"/>
        <source>Loading the details from %1…</source>
        <translation>Details werden von %1 geladen …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="457"/>
        <source>The details of this tag could not be loaded.</source>
        <translation>Die Details dieses Tags konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="462"/>
        <source>Loading the details of %1</source>
        <translation>Details von %1 werden geladen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="477"/>
        <source>Also published unpacked on CVMFS: %1 — &lt;a href=&quot;%2&quot;&gt;Launch it with Apptainer…&lt;/a&gt;</source>
        <extracomment>%1 is a folder under /cvmfs/unpacked.cern.ch, %2 a link text.</extracomment>
        <translation>Auch entpackt auf CVMFS veröffentlicht: %1 – &lt;a href=&quot;%2&quot;&gt;Mit Apptainer starten …&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="479"/>
        <source>Also published on unpacked.cern.ch</source>
        <translation>Auch auf unpacked.cern.ch veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="485"/>
        <source>OCI image index: images for several platforms</source>
        <translation>OCI-Image-Index: Images für mehrere Plattformen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="487"/>
        <source>Docker manifest list: images for several platforms</source>
        <translation>Docker-Manifest-Liste: Images für mehrere Plattformen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="489"/>
        <source>OCI image</source>
        <translation>OCI-Image</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="491"/>
        <source>Docker image (schema 2)</source>
        <translation>Docker-Image (Schema 2)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="494"/>
        <source>Docker image (old schema 1)</source>
        <translation>Docker-Image (altes Schema 1)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="503"/>
        <source>The image a pull on %1 fetches</source>
        <translation>Das Image, das ein Pull auf %1 abruft</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="529"/>
        <source>and 1 build attestation</source>
        <extracomment>After the platforms of a multi-platform image: build attestations (SBOM, provenance) it also holds.</extracomment>
        <translation>und 1 Build-Attestierung</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="529"/>
        <source>and %1 build attestations</source>
        <translation>und %1 Build-Attestierungen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="533"/>
        <source>This computer is %1; a pull takes the matching image.</source>
        <translation>Dieser Computer ist %1; ein Pull nimmt das passende Image.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="541"/>
        <source>%1 compressed, for %2, 1 layer</source>
        <extracomment>&quot;12.3 MB compressed, for linux/amd64, 3 layers&quot;</extracomment>
        <translation>%1 komprimiert, für %2, 1 Schicht</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="542"/>
        <source>%1 compressed, for %2, %3 layers</source>
        <translation>%1 komprimiert, für %2, %3 Schichten</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="544"/>
        <source>%1 compressed, 1 layer</source>
        <translation>%1 komprimiert, 1 Schicht</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="545"/>
        <source>%1 compressed, %2 layers</source>
        <translation>%1 komprimiert, %2 Schichten</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="546"/>
        <source>What a pull downloads; the unpacked image is larger.</source>
        <translation>Was ein Pull herunterlädt; das entpackte Image ist größer.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="551"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="566"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="572"/>
        <source>Expand it to list its tags.</source>
        <translation>Klappen Sie es auf, um seine Tags aufzulisten.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="573"/>
        <source>Listing the tags…</source>
        <translation>Tags werden aufgelistet …</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="574"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="574"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="577"/>
        <source>The tags could not be listed: see the message in the list.</source>
        <translation>Die Tags konnten nicht aufgelistet werden: Siehe die Meldung in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="583"/>
        <source>Added by hand (the registry does not list its repositories)</source>
        <translation>Von Hand hinzugefügt (die Registry listet ihre Repositorys nicht auf)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="584"/>
        <source>From the registry&apos;s catalog</source>
        <translation>Aus dem Katalog der Registry</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="595"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="608"/>
        <source>Insecure, as you chose: plain HTTP, or HTTPS without checking the certificate</source>
        <translation>Unsicher, wie von Ihnen gewählt: einfaches HTTP oder HTTPS ohne Zertifikatsprüfung</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="611"/>
        <source>On this computer: HTTPS when offered, else plain HTTP</source>
        <translation>Auf diesem Computer: HTTPS, wenn angeboten, sonst einfaches HTTP</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="613"/>
        <source>HTTPS, certificate verified</source>
        <translation>HTTPS, Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="623"/>
        <source>Expand it to list its repositories.</source>
        <translation>Klappen Sie sie auf, um ihre Repositorys aufzulisten.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="624"/>
        <source>Listing the repositories…</source>
        <translation>Repositorys werden aufgelistet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/RegistryDetailsPanel.cpp" line="625"/>
        <source>%n repositories</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/RegistryDetailsPanel.cpp" line="627"/>
        <source>It does not list its repositories; %n added by hand.</source>
        <translation>
            <numerusform>Sie listet ihre Repositorys nicht auf; %n von Hand hinzugefügt.</numerusform>
            <numerusform>Sie listet ihre Repositorys nicht auf; %n von Hand hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="630"/>
        <source>The repositories could not be listed: see the message in the list.</source>
        <translation>Die Repositorys konnten nicht aufgelistet werden: Siehe die Meldung in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="649"/>
        <source>About registry %1</source>
        <extracomment>Above a message of the registry tree: &quot;About registry docker.io&quot;.</extracomment>
        <translation>Über die Registry %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="650"/>
        <source>About repository %1</source>
        <translation>Über das Repository %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="652"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="655"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="657"/>
        <source>The repositories could not be listed</source>
        <translation>Die Repositorys konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="658"/>
        <source>The tags could not be listed</source>
        <translation>Die Tags konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="660"/>
        <source>Repositories not listed</source>
        <translation>Repositorys nicht aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="674"/>
        <source>Listing the repositories of %1</source>
        <translation>Repositorys von %1 werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="675"/>
        <source>Listing the tags of %1</source>
        <translation>Tags von %1 werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryFailure</name>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="85"/>
        <source>try again in %1</source>
        <translation>versuchen Sie es in %1 erneut</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="99"/>
        <source>%1 did not accept your login when Wharf tried to %2. Check the user name, and the password or token (it may have expired); log in again.</source>
        <translation>%1 hat Ihre Anmeldung nicht akzeptiert, als Wharf versuchte, %2. Prüfen Sie den Benutzernamen und das Passwort oder Token (es ist vielleicht abgelaufen); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="105"/>
        <source>%1 wants a login to %2. Log in to %1 (Registries › Log In), then try again.</source>
        <translation>%1 verlangt eine Anmeldung, um %2. Melden Sie sich bei %1 an (Registrys › Anmelden) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="111"/>
        <source>%1 does not allow your account to %2.</source>
        <translation>%1 erlaubt Ihrem Konto nicht, %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="112"/>
        <source>%1 does not allow anonymous users to %2. Log in, then try again.</source>
        <translation>%1 erlaubt anonymen Benutzern nicht, %2. Melden Sie sich an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="117"/>
        <source>%1 has nothing there: Wharf could not %2. Check the name.</source>
        <translation>%1 hat dort nichts: Es gelang Wharf nicht, %2. Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="118"/>
        <source>%1 has nothing there: Wharf could not %2. Check the name; a private repository is only visible after you log in.</source>
        <translation>%1 hat dort nichts: Es gelang Wharf nicht, %2. Prüfen Sie den Namen; ein privates Repository ist erst nach der Anmeldung sichtbar.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="124"/>
        <source>%1 refuses more requests for now (rate limit), so Wharf could not %2.</source>
        <translation>%1 lehnt vorerst weitere Anfragen ab (Ratenlimit), daher gelang es Wharf nicht, %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="126"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="127"/>
        <source>Logged-in users get a higher limit.</source>
        <translation>Angemeldete Benutzer erhalten ein höheres Limit.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="135"/>
        <source>%1 had a problem of its own (HTTP %2) when Wharf tried to %3. Try again later.</source>
        <translation>%1 hatte ein eigenes Problem (HTTP %2), als Wharf versuchte, %3. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="142"/>
        <source>%1 answered HTTP %2 when Wharf tried to %3.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, als Wharf versuchte, %3.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="154"/>
        <source>The host name of %1 is not known (DNS), so Wharf could not %2. Check the spelling, your network, and whether the registry is only reachable through a VPN.</source>
        <translation>Der Hostname von %1 ist nicht bekannt (DNS), daher gelang es Wharf nicht, %2. Prüfen Sie die Schreibweise, Ihr Netzwerk und ob die Registry nur über ein VPN erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="160"/>
        <source>Nothing answers at %1 (connection refused), so Wharf could not %2. Check the port, and that the registry is running.</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt), daher gelang es Wharf nicht, %2. Prüfen Sie den Port und ob die Registry läuft.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="167"/>
        <source>%1 stopped answering for %2 s while Wharf tried to %3. The registry or the network is slow or down; try again later.</source>
        <translation>%1 hat %2 s lang nicht mehr geantwortet, während Wharf versuchte, %3. Die Registry oder das Netzwerk ist langsam oder ausgefallen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="182"/>
        <source>Wharf does not trust the TLS certificate of %1, so it could not %2: %3. If the registry uses its own certificate authority, add its CA file in the registry&apos;s settings; if you trust the network, mark the registry insecure there.</source>
        <translation>Wharf vertraut dem TLS-Zertifikat von %1 nicht, daher gelang es nicht, %2: %3. Wenn die Registry eine eigene Zertifizierungsstelle verwendet, fügen Sie deren CA-Datei in den Einstellungen der Registry hinzu; wenn Sie dem Netzwerk vertrauen, markieren Sie die Registry dort als unsicher.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="192"/>
        <source>Wharf could not reach %1 to %2: %3.</source>
        <translation>Wharf konnte %1 nicht erreichen, um %2: %3.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryHost</name>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="47"/>
        <source>“%1” is not a registry address: %2.</source>
        <translation>„%1“ ist keine Registry-Adresse: %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="61"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="63"/>
        <source>it is longer than 255 characters</source>
        <translation>sie ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="79"/>
        <source>it has no host name</source>
        <translation>sie hat keinen Hostnamen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="81"/>
        <source>a registry is a host name with an optional port; “/” starts a repository path</source>
        <translation>eine Registry ist ein Hostname mit optionalem Port; „/“ beginnt einen Repository-Pfad</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="87"/>
        <source>without a dot or a port (registry.example.org, myhost:5000), Docker would read it as a Docker Hub user</source>
        <translation>ohne Punkt oder Port (registry.example.org, myhost:5000) würde Docker sie als Docker-Hub-Benutzer lesen</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="95"/>
        <source>it is not a host name</source>
        <translation>sie ist kein Hostname</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="101"/>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryListing</name>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="27"/>
        <source>The registry&apos;s %1 is not the JSON a registry sends.</source>
        <translation>Das %1 der Registry ist nicht das JSON, das eine Registry sendet.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="68"/>
        <location filename="../core/registry/RegistryListing.cpp" line="99"/>
        <source>repository list</source>
        <translation>Repository-Liste</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="73"/>
        <source>The registry&apos;s repository list is not the JSON a registry sends.</source>
        <translation>Die Repository-Liste der Registry ist nicht das JSON, das eine Registry sendet.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="83"/>
        <source>tag list</source>
        <translation>Tag-Liste</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="89"/>
        <source>The registry&apos;s tag list is not the JSON a registry sends.</source>
        <translation>Die Tag-Liste der Registry ist nicht das JSON, das eine Registry sendet.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="104"/>
        <source>Docker Hub&apos;s repository list is not the JSON Docker Hub sends.</source>
        <translation>Die Repository-Liste von Docker Hub ist nicht das JSON, das Docker Hub sendet.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryServices</name>
    <message>
        <location filename="../app/RegistryServices.cpp" line="72"/>
        <source>anonymous</source>
        <extracomment>Login state of a registry: no login, requests go without credentials.</extracomment>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="75"/>
        <source>%1, in the keychain</source>
        <extracomment>Login state of a registry: &quot;alice, in the keychain&quot;.</extracomment>
        <translation>%1, im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="78"/>
        <source>%1, for this session</source>
        <extracomment>Login state of a registry: the password is kept in memory until Wharf quits.</extracomment>
        <translation>%1, für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="80"/>
        <source>%1, log in again (the password was kept for one session only)</source>
        <extracomment>Login state: the password was kept for an earlier session only, so it is gone now.</extracomment>
        <translation>%1, erneut anmelden (das Passwort wurde nur für eine Sitzung behalten)</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistrySettingsDialog</name>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="46"/>
        <source>Settings of %1</source>
        <extracomment>%1 is the registry: &quot;Settings of gitlab-registry.cern.ch&quot;.</extracomment>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="52"/>
        <source>Registry name</source>
        <translation>Registry-Name</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="58"/>
        <source>&amp;Insecure: allow plain HTTP and certificates that cannot be verified</source>
        <translation>&amp;Unsicher: einfaches HTTP und nicht überprüfbare Zertifikate erlauben</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="61"/>
        <source>Only for a test registry you control. Without TLS verification anyone on the network between you and the registry can read your password and hand you different images.</source>
        <translation>Nur für eine Test-Registry unter Ihrer Kontrolle. Ohne TLS-Prüfung kann jeder im Netzwerk zwischen Ihnen und der Registry Ihr Passwort lesen und Ihnen andere Images unterschieben.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="67"/>
        <source>This registry is on this computer: plain HTTP works without this option.</source>
        <translation>Diese Registry liegt auf diesem Computer: Einfaches HTTP funktioniert auch ohne diese Option.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="72"/>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>Keine: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="74"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="75"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="91"/>
        <source>Security:</source>
        <extracomment>Connection security of a registry.</extracomment>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="97"/>
        <source>CA &amp;file:</source>
        <extracomment>A file of extra certificate authorities (PEM) trusted for this registry.</extracomment>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="106"/>
        <source>&amp;Remove Registry…</source>
        <translation>Registry &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="109"/>
        <source>Remove %1 from the list and forget its login</source>
        <translation>%1 aus der Liste entfernen und die Anmeldung vergessen</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="134"/>
        <source>Give the registry&apos;s host[:port].</source>
        <translation>Geben Sie Host[:Port] der Registry an.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="139"/>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="145"/>
        <source>Renames %1 to %2; the login moves with it.</source>
        <translation>Benennt %1 in %2 um; die Anmeldung wird mit übernommen.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="162"/>
        <source>Give the full path of the file.</source>
        <translation>Geben Sie den vollständigen Pfad der Datei an.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="164"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="166"/>
        <source>Wharf cannot read %1: check its permissions.</source>
        <translation>Wharf kann %1 nicht lesen: Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="168"/>
        <source>Certificates in this file (PEM) are trusted for this registry, besides the system&apos;s.</source>
        <translation>Zertifikaten in dieser Datei (PEM) wird für diese Registry zusätzlich zu denen des Systems vertraut.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="182"/>
        <source>Choose a CA Certificate File</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="186"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="186"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="243"/>
        <source>Renaming %1 to %2</source>
        <translation>%1 wird in %2 umbenannt</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="262"/>
        <source>The login could not be removed from the keychain; it stays there. You can remove it with your keychain&apos;s own tool (entries of &quot;Wharf registry logins&quot;).</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden; sie bleibt dort. Sie können sie mit dem eigenen Werkzeug Ihres Schlüsselbunds entfernen (Einträge von „Wharf registry logins“).</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="266"/>
        <source>Wharf also forgets the login of %1 for this registry.</source>
        <translation>Wharf vergisst außerdem die Anmeldung von %1 für diese Registry.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="270"/>
        <source>The repository path you added by hand is forgotten too.</source>
        <translation>Der von Hand hinzugefügte Repository-Pfad wird ebenfalls vergessen.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="271"/>
        <source>The %1 repository paths you added by hand are forgotten too.</source>
        <translation>Die %1 von Hand hinzugefügten Repository-Pfade werden ebenfalls vergessen.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="274"/>
        <source>Remove Registry</source>
        <translation>Registry entfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="275"/>
        <source>Remove %1 from the list?</source>
        <translation>%1 aus der Liste entfernen?</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="275"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="299"/>
        <source>&amp;Remove Anyway…</source>
        <translation>&amp;Trotzdem entfernen …</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="301"/>
        <source>Forgetting the login of %1</source>
        <translation>Anmeldung von %1 wird vergessen</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryTreeModel</name>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="291"/>
        <source>Loading from 1 source…</source>
        <translation>Wird aus 1 Quelle geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="291"/>
        <source>Loading from %1 sources…</source>
        <translation>Wird aus %1 Quellen geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="305"/>
        <location filename="../core/models/RegistryTreeModel.cpp" line="648"/>
        <source>Cancelled. Reload to try again.</source>
        <translation>Abgebrochen. Laden Sie neu, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="313"/>
        <source>Loading repositories…</source>
        <translation>Repositorys werden geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="344"/>
        <source>Loading… 1 repository so far</source>
        <translation>Wird geladen … bisher 1 Repository</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="345"/>
        <source>Loading… %1 repositories so far</source>
        <translation>Wird geladen … bisher %1 Repositorys</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="355"/>
        <source>%1 has no repositories yet.</source>
        <translation>%1 hat noch keine Repositorys.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="377"/>
        <source>%1 does not let Wharf list its repositories (GitLab registries do not). Add the repository paths you use with “Add Repository…”; Wharf remembers them.</source>
        <translation>%1 lässt Wharf seine Repositorys nicht auflisten (GitLab-Registrys tun das nicht). Fügen Sie die Repository-Pfade, die Sie verwenden, mit „Repository hinzufügen …“ hinzu; Wharf merkt sie sich.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="381"/>
        <source>%1 lists its repositories only to users who log in, if at all. Log in, or add the repository paths you use with “Add Repository…”.</source>
        <translation>%1 listet seine Repositorys, wenn überhaupt, nur angemeldeten Benutzern auf. Melden Sie sich an oder fügen Sie die Repository-Pfade, die Sie verwenden, mit „Repository hinzufügen …“ hinzu.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="404"/>
        <source>Docker Hub does not list all its repositories. Add the paths you use with “Add Repository…” (for example library/almalinux: Wharf then lists the whole namespace), or log in to see your own.</source>
        <translation>Docker Hub listet nicht alle seine Repositorys auf. Fügen Sie die Pfade, die Sie verwenden, mit „Repository hinzufügen …“ hinzu (zum Beispiel library/almalinux: Wharf listet dann den ganzen Namensraum auf), oder melden Sie sich an, um Ihre eigenen zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="479"/>
        <source>Loading tags…</source>
        <translation>Tags werden geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="495"/>
        <source>Loading… %1 tags so far</source>
        <translation>Wird geladen … bisher %1 Tags</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="509"/>
        <source>This repository has no tags.</source>
        <translation>Dieses Repository hat keine Tags.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="739"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="741"/>
        <source>Could not load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="743"/>
        <source>1 repository added by hand</source>
        <translation>1 Repository von Hand hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="744"/>
        <source>%1 repositories added by hand</source>
        <translation>%1 Repositorys von Hand hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="747"/>
        <source>1 repository</source>
        <translation>1 Repository</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="747"/>
        <source>%1 repositories</source>
        <translation>%1 Repositorys</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="748"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="748"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="757"/>
        <source>Loading details…</source>
        <translation>Details werden geladen …</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="760"/>
        <source>Details unavailable</source>
        <translation>Details nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="857"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="859"/>
        <source>Platforms / contents</source>
        <translation>Plattformen / Inhalt</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="861"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="863"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryTreeProxyModel</name>
    <message>
        <location filename="../app/RegistryTreeProxyModel.cpp" line="155"/>
        <source>%1 · %2</source>
        <extracomment>A registry row: who is logged in, then what was loaded (&quot;alice, in the keychain · 3 repositories&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/RegistryTreeProxyModel.cpp" line="161"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Wharf::ResultsWizardPage</name>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="33"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="34"/>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="35"/>
        <source>&amp;Save Diagnostics Bundle…</source>
        <translation>Diagnosepaket &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="38"/>
        <source>What Wharf found</source>
        <translation>Was Wharf gefunden hat</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="47"/>
        <source>Run the same checks again, after you tried a fix</source>
        <translation>Dieselben Prüfungen erneut ausführen, nachdem Sie eine Lösung ausprobiert haben</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="49"/>
        <source>Copy the results as Markdown (secrets removed), to paste into a ticket</source>
        <translation>Die Ergebnisse als Markdown kopieren (ohne Geheimnisse), um sie in ein Ticket einzufügen</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="51"/>
        <source>Save the results, the engines, the settings and the recent log in one file to attach to a ticket; secrets are removed</source>
        <translation>Die Ergebnisse, die Engines, die Einstellungen und das aktuelle Protokoll in einer Datei speichern, die an ein Ticket angehängt werden kann; Geheimnisse werden entfernt</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="91"/>
        <source>No check has answered.</source>
        <translation>Keine Prüfung hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="92"/>
        <source>%1. Problems first, each with how to fix it.</source>
        <translation>%1. Probleme zuerst, jeweils mit Lösung.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="111"/>
        <source>Wharf found no problem here. If it still goes wrong, copy the report or save the diagnostics bundle and ask for help: they show what was checked.</source>
        <translation>Wharf hat hier kein Problem gefunden. Wenn trotzdem etwas schiefgeht, kopieren Sie den Bericht oder speichern Sie das Diagnosepaket und bitten Sie um Hilfe: Beide zeigen, was geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="123"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="142"/>
        <source>Cancelled before they answered: %1.</source>
        <translation>Abgebrochen, bevor sie antworteten: %1.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="143"/>
        <source>No problem: %1.</source>
        <translation>Kein Problem: %1.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="144"/>
        <source>Not applicable on this computer: %1.</source>
        <translation>Auf diesem Computer nicht zutreffend: %1.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="151"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Wharf::RootlessPodmanCheck</name>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="40"/>
        <source>Rootless Podman prerequisites</source>
        <translation>Voraussetzungen für Rootless Podman</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="71"/>
        <source>Rootless Podman prerequisites concern Linux only.</source>
        <translation>Die Voraussetzungen für Rootless Podman betreffen nur Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="76"/>
        <source>Wharf runs as root: Podman runs rootful and needs no subordinate ids.</source>
        <translation>Wharf läuft als root: Podman läuft mit root-Rechten und braucht keine untergeordneten IDs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="82"/>
        <source>Podman is not installed.</source>
        <translation>Podman ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="85"/>
        <source>podman: %1</source>
        <translation>podman: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="97"/>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="186"/>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="105"/>
        <source>%1: no range for %2 (uid %3)</source>
        <translation>%1: kein Bereich für %2 (UID %3)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="109"/>
        <source>%1 line %2: %3:%4:%5</source>
        <translation>%1 Zeile %2: %3:%4:%5</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="119"/>
        <source>%1 has no subordinate id range in /etc/subuid or /etc/subgid.</source>
        <translation>%1 hat keinen untergeordneten ID-Bereich in /etc/subuid oder /etc/subgid.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="120"/>
        <source>Give %1 a range of ids no other user has, in both files: `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1` (or add the line `%1:100000:65536` to /etc/subuid and /etc/subgid), then `podman system migrate`.</source>
        <translation>Geben Sie %1 in beiden Dateien einen ID-Bereich, den kein anderer Benutzer hat: `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1` (oder fügen Sie die Zeile `%1:100000:65536` zu /etc/subuid und /etc/subgid hinzu), dann `podman system migrate`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="143"/>
        <source>%1: not installed</source>
        <translation>%1: nicht installiert</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="144"/>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="146"/>
        <source>Install newuidmap and newgidmap: `sudo apt-get install uidmap` (Debian, Ubuntu) or `sudo dnf install shadow-utils` (Fedora, RHEL, Alma).</source>
        <translation>Installieren Sie newuidmap und newgidmap: `sudo apt-get install uidmap` (Debian, Ubuntu) oder `sudo dnf install shadow-utils` (Fedora, RHEL, Alma).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="162"/>
        <source>%1: setuid root</source>
        <translation>%1: setuid root</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="164"/>
        <source>%1: file capability %2+ep</source>
        <translation>%1: Datei-Capability %2+ep</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="167"/>
        <source>%1: neither setuid root nor file capabilities</source>
        <translation>%1: weder setuid root noch Datei-Capabilities</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="168"/>
        <source>%1: file capabilities without %2</source>
        <translation>%1: Datei-Capabilities ohne %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="169"/>
        <source>%1 can map no ids: it is neither setuid root nor has %2.</source>
        <translation>%1 kann keine IDs zuordnen: Es ist weder setuid root noch hat es %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="172"/>
        <source>Give %1 its capability back: `sudo setcap %2+ep %3` (or reinstall the uidmap / shadow-utils package).</source>
        <translation>Geben Sie %1 seine Capability zurück: `sudo setcap %2+ep %3` (oder installieren Sie das Paket uidmap / shadow-utils neu).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="189"/>
        <source>User namespaces are switched off (user.max_user_namespaces = 0).</source>
        <translation>User-Namespaces sind ausgeschaltet (user.max_user_namespaces = 0).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="190"/>
        <source>Switch user namespaces on: `sudo sysctl -w user.max_user_namespaces=15000`; to keep it after a reboot, put `user.max_user_namespaces=15000` into /etc/sysctl.d/90-userns.conf.</source>
        <translation>Schalten Sie User-Namespaces ein: `sudo sysctl -w user.max_user_namespaces=15000`; damit es einen Neustart überdauert, tragen Sie `user.max_user_namespaces=15000` in /etc/sysctl.d/90-userns.conf ein.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="201"/>
        <source>This kernel does not say whether it allows user namespaces.</source>
        <translation>Dieser Kernel gibt nicht an, ob er User-Namespaces erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="203"/>
        <source>Look at the setting with `sysctl user.max_user_namespaces`; it must be above 0.</source>
        <translation>Sehen Sie sich die Einstellung mit `sysctl user.max_user_namespaces` an; sie muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="218"/>
        <source>Podman can run rootless containers for %1.</source>
        <translation>Podman kann Rootless-Container für %1 ausführen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="224"/>
        <source>Rootless Podman cannot start containers: %1</source>
        <translation>Rootless Podman kann keine Container starten: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::RunInTerminalCommand</name>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="83"/>
        <source>wharf run-in-terminal: unexpected argument &quot;%1&quot;.
</source>
        <translation>wharf run-in-terminal: unerwartetes Argument „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="88"/>
        <source>Usage: wharf run-in-terminal --report FILE [--no-wait] [--no-capture] [--env NAME=VALUE]... [--directory DIR] -- PROGRAM [ARGUMENTS...]
Runs PROGRAM in this terminal and writes how it ended to FILE. Wharf uses it to run launches in a terminal window.
</source>
        <translation>Aufruf: wharf run-in-terminal --report DATEI [--no-wait] [--no-capture] [--env NAME=WERT]... [--directory ORDNER] -- PROGRAMM [ARGUMENTE...]
Führt PROGRAMM in diesem Terminal aus und schreibt in DATEI, wie es endete. Wharf verwendet dies, um Starts in einem Terminalfenster auszuführen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="212"/>
        <source>wharf: cannot change to the folder &quot;%1&quot;: </source>
        <translation>wharf: kann nicht in den Ordner „%1“ wechseln: </translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="214"/>
        <source>wharf: cannot run &quot;%1&quot;: </source>
        <translation>wharf: „%1“ kann nicht ausgeführt werden: </translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="218"/>
        <source>wharf: cannot create a pipe: %1
</source>
        <translation>wharf: Pipe kann nicht erstellt werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="232"/>
        <source>wharf: cannot start a process: %1
</source>
        <translation>wharf: Prozess kann nicht gestartet werden: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="305"/>
        <source>Wharf: the command failed (%1). Press Enter to close.</source>
        <translation>Wharf: Der Befehl ist fehlgeschlagen (%1). Drücken Sie die Eingabetaste zum Schließen.</translation>
    </message>
</context>
<context>
    <name>Wharf::RunReport</name>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="70"/>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="74"/>
        <source>signal %1 (SIG%2)</source>
        <translation>Signal %1 (SIG%2)</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="76"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="78"/>
        <source>unknown outcome</source>
        <translation>unbekanntes Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="100"/>
        <source>The report of the command run in the terminal cannot be read.</source>
        <translation>Der Bericht des im Terminal ausgeführten Befehls kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="107"/>
        <source>The report of the command run in the terminal has an unknown format.</source>
        <translation>Der Bericht des im Terminal ausgeführten Befehls hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="117"/>
        <source>The report of the command run in the terminal is incomplete.</source>
        <translation>Der Bericht des im Terminal ausgeführten Befehls ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="135"/>
        <source>Cannot write the report of the command to &quot;%1&quot;.</source>
        <translation>Der Bericht des Befehls kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="145"/>
        <source>Cannot read the report of the command from &quot;%1&quot;.</source>
        <translation>Der Bericht des Befehls kann nicht aus „%1“ gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="150"/>
        <source>The report of the command run in the terminal is too large.</source>
        <translation>Der Bericht des im Terminal ausgeführten Befehls ist zu groß.</translation>
    </message>
</context>
<context>
    <name>Wharf::SelinuxCheck</name>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="15"/>
        <source>SELinux mode</source>
        <translation>SELinux-Modus</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="22"/>
        <source>SELinux exists only on Linux.</source>
        <translation>SELinux gibt es nur unter Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="31"/>
        <source>SELinux is not enabled on this computer.</source>
        <translation>SELinux ist auf diesem Computer nicht aktiviert.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="32"/>
        <source>%1: not present</source>
        <translation>%1: nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="37"/>
        <source>The SELinux mode cannot be read.</source>
        <translation>Der SELinux-Modus kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="40"/>
        <source>Run `getenforce` to see the mode; if it says Enforcing, see the SELinux advice below.</source>
        <translation>Führen Sie `getenforce` aus, um den Modus zu sehen; wenn er Enforcing lautet, beachten Sie die SELinux-Hinweise unten.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="49"/>
        <source>SELinux is permissive: it logs but does not block.</source>
        <translation>SELinux ist im Permissive-Modus: Es protokolliert, blockiert aber nicht.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="50"/>
        <source>%1: 0 (permissive)</source>
        <translation>%1: 0 (permissive)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="56"/>
        <source>The SELinux mode is not one Wharf knows.</source>
        <translation>Der SELinux-Modus ist keiner, den Wharf kennt.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="58"/>
        <source>%1: unexpected content &quot;%2&quot;</source>
        <translation>%1: unerwarteter Inhalt „%2“</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="61"/>
        <source>Run `getenforce` to see the mode.</source>
        <translation>Führen Sie `getenforce` aus, um den Modus zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="66"/>
        <source>SELinux is enforcing: containers that mount CVMFS with FUSE, and bind mounts without a label, may be refused (&quot;Permission denied&quot;).</source>
        <translation>SELinux ist im Enforcing-Modus: Container, die CVMFS mit FUSE einhängen, und Bind-Mounts ohne Label werden möglicherweise abgewiesen („Permission denied“).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="69"/>
        <source>%1: 1 (enforcing)</source>
        <translation>%1: 1 (enforcing)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="71"/>
        <source>For the container that mounts CVMFS itself (FUSE inside the container), or that binds /cvmfs: add `--security-opt label=disable` to its `docker run` / `podman run` command. This switches SELinux labelling off for that one container only.</source>
        <translation>Für den Container, der CVMFS selbst einhängt (FUSE im Container) oder /cvmfs einbindet: Fügen Sie `--security-opt label=disable` zu seinem Befehl `docker run` / `podman run` hinzu. Das schaltet die SELinux-Kennzeichnung nur für diesen einen Container aus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="76"/>
        <source>For your own folders bound into a container, add `:z` to the volume (`-v &quot;$PWD&quot;:/work:z`) so they get a label containers may use. Never use `:z` on /cvmfs, /home or /: it relabels the whole tree.</source>
        <translation>Für Ihre eigenen in einen Container eingebundenen Ordner fügen Sie `:z` zum Volume hinzu (`-v &quot;$PWD&quot;:/work:z`), damit sie ein Label erhalten, das Container verwenden dürfen. Verwenden Sie `:z` nie für /cvmfs, /home oder /: Es kennzeichnet den ganzen Baum neu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="80"/>
        <source>Only if neither works: `sudo setenforce 0` makes SELinux permissive until the next reboot. It lowers the protection of the whole computer; switch it back with `sudo setenforce 1`.</source>
        <translation>Nur wenn beides nicht funktioniert: `sudo setenforce 0` setzt SELinux bis zum nächsten Neustart in den Permissive-Modus. Das senkt den Schutz des ganzen Computers; schalten Sie mit `sudo setenforce 1` zurück.</translation>
    </message>
</context>
<context>
    <name>Wharf::SessionSecretStore</name>
    <message>
        <location filename="../core/credentials/SessionSecretStore.cpp" line="38"/>
        <source>No password for %1 (user %2) is kept for this session.</source>
        <translation>Für %1 (Benutzer %2) ist für diese Sitzung kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>Wharf::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="95"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="109"/>
        <location filename="../app/SettingsDialog.cpp" line="228"/>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="110"/>
        <location filename="../app/SettingsDialog.cpp" line="255"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="111"/>
        <location filename="../app/SettingsDialog.cpp" line="290"/>
        <source>CVMFS</source>
        <translation>CVMFS</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="112"/>
        <location filename="../app/SettingsDialog.cpp" line="380"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="114"/>
        <location filename="../app/SettingsDialog.cpp" line="442"/>
        <location filename="../app/SettingsDialog.cpp" line="446"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="229"/>
        <source>Wharf finds Docker and Podman by itself: DOCKER_HOST, Docker contexts, and the usual sockets of both, for you and for the system. Add an address only for an engine it cannot find, such as one on another machine.</source>
        <translation>Wharf findet Docker und Podman selbst: über DOCKER_HOST, Docker-Kontexte und die üblichen Sockets beider, für Sie und für das System. Fügen Sie eine Adresse nur für eine Engine hinzu, die es nicht findet, etwa eine auf einem anderen Rechner.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="234"/>
        <source>Additional engine address</source>
        <translation>Zusätzliche Engine-Adresse</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="235"/>
        <source>None: only the engines found</source>
        <translation>Keine: nur die gefundenen Engines</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="237"/>
        <source>For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376</source>
        <translation>Zum Beispiel unix:///run/user/1000/podman/podman.sock oder tcp://build.example.org:2376</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="241"/>
        <source>Additional &amp;address:</source>
        <translation>Zusätzliche &amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="244"/>
        <source>For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376.</source>
        <translation>Zum Beispiel unix:///run/user/1000/podman/podman.sock oder tcp://build.example.org:2376.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="256"/>
        <source>The terminal emulator Wharf opens a container&apos;s shell in.</source>
        <translation>Der Terminalemulator, in dem Wharf die Shell eines Containers öffnet.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="261"/>
        <source>Terminal emulator</source>
        <translation>Terminalemulator</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="268"/>
        <source>Automatic (first found)</source>
        <extracomment>The terminal choice that lets Wharf pick.</extracomment>
        <translation>Automatisch (der erste gefundene)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="277"/>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="292"/>
        <source>CVMFS mount point</source>
        <translation>CVMFS-Einhängepunkt</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="296"/>
        <source>&amp;Mount point:</source>
        <translation>&amp;Einhängepunkt:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="298"/>
        <source>Where the CVMFS client mounts the repositories on this computer; Wharf mounts it into the containers it starts.</source>
        <translation>Wo der CVMFS-Client die Repositorys auf diesem Computer einhängt; Wharf hängt ihn in die Container ein, die es startet.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="324"/>
        <source>unpacked.cern.ch</source>
        <translation>unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="327"/>
        <source>&amp;Folders the unpacked.cern.ch page browses, in order:</source>
        <translation>&amp;Ordner, die die Seite unpacked.cern.ch durchsucht, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="329"/>
        <source>unpacked.cern.ch folders</source>
        <translation>Ordner von unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <location filename="../app/SettingsDialog.cpp" line="337"/>
        <source>An empty list means %1.</source>
        <translation>Eine leere Liste bedeutet %1.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <location filename="../app/SettingsDialog.cpp" line="403"/>
        <location filename="../app/SettingsDialog.cpp" line="412"/>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="303"/>
        <source>Repositories</source>
        <translation>Repositories</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="307"/>
        <source>The &amp;repositories you work with: the checks look at them, the Launch dialog offers them.</source>
        <translation>Die &amp;Repositories, mit denen Sie arbeiten: die Prüfungen sehen sie sich an, der Startdialog bietet sie an.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="311"/>
        <source>CVMFS repositories</source>
        <translation>CVMFS-Repositories</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="341"/>
        <source>Automounter container (Linux)</source>
        <translation>Automounter-Container (Linux)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="345"/>
        <source>When CVMFS is not installed on this computer, the cvmfs-automounter container can mount the repositories instead and share them with the containers Wharf starts. It runs with extra privileges, and only when you choose it in Launch.</source>
        <translation>Wenn CVMFS auf diesem Computer nicht installiert ist, kann der Container cvmfs-automounter die Repositorys stattdessen einhängen und mit den Containern teilen, die Wharf startet. Er läuft mit zusätzlichen Rechten, und nur, wenn Sie ihn unter „Starten“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="350"/>
        <source>Automounter image</source>
        <translation>Automounter-Image</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="353"/>
        <source>Automounter container name</source>
        <translation>Name des Automounter-Containers</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="356"/>
        <source>Automounter mount folder</source>
        <translation>Einhängeordner des Automounters</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="361"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="364"/>
        <source>Container &amp;name:</source>
        <translation>Container-&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="367"/>
        <source>Mount &amp;folder:</source>
        <translation>Einhänge&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="382"/>
        <source>Proxy for registries</source>
        <translation>Proxy für Registrys</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="383"/>
        <source>None: the system&apos;s proxy</source>
        <translation>Keiner: der Proxy des Systems</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="387"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="389"/>
        <source>Used to reach registries, for example http://proxy.example.org:8080. Leave it empty to use the system&apos;s proxy settings. Engines pull through their own proxy settings.</source>
        <translation>Wird verwendet, um Registrys zu erreichen, zum Beispiel http://proxy.example.org:8080. Lassen Sie das Feld leer, um die Proxy-Einstellungen des Systems zu verwenden. Engines ziehen über ihre eigenen Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="404"/>
        <source>Your registries, their logins (kept in the keychain) and their options (a CA file, plain HTTP, the repositories to list) are set on the Registries page, where you browse them.</source>
        <translation>Ihre Registrys, deren Anmeldungen (im Schlüsselbund gespeichert) und deren Optionen (eine CA-Datei, einfaches HTTP, die aufzulistenden Repositories) werden auf der Seite „Registrys“ eingestellt, wo Sie sie durchsuchen.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="408"/>
        <source>&amp;Registries Wharf lists:</source>
        <translation>&amp;Registrys, die Wharf auflistet:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="416"/>
        <source>&amp;Open the Registries Page</source>
        <translation>Seite „Registrys“ ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="418"/>
        <source>Open the Registries page</source>
        <translation>Seite „Registrys“ öffnen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="434"/>
        <source>None yet: add one on the Registries page.</source>
        <translation>Noch keine: fügen Sie eine auf der Seite „Registrys“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="447"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="453"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="455"/>
        <source>Takes effect the next time Wharf starts.</source>
        <translation>Wird beim nächsten Start von Wharf wirksam.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="482"/>
        <source>%1 (not found on this computer)</source>
        <extracomment>%1 is a terminal emulator&apos;s name (&quot;Konsole&quot;).</extracomment>
        <translation>%1 (auf diesem Computer nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="548"/>
        <source>The CVMFS mount point</source>
        <translation>Der CVMFS-Einhängepunkt</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="571"/>
        <source>The unpacked.cern.ch folder</source>
        <translation>Der Ordner unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="591"/>
        <source>The automounter&apos;s mount folder</source>
        <translation>Der Mount-Ordner des Automounters</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="601"/>
        <source>%1, has a value to fix</source>
        <extracomment>Read by screen readers for a section of Settings that holds a value to fix; %1 is its name.</extracomment>
        <translation>%1, enthält einen zu korrigierenden Wert</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="602"/>
        <source>A value on this page needs fixing.</source>
        <translation>Ein Wert auf dieser Seite muss korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="625"/>
        <source>Wharf uses %1 (%2), the first one found.</source>
        <extracomment>%1 is the terminal&apos;s name (&quot;Konsole&quot;), %2 the program (&quot;/usr/bin/konsole&quot;).</extracomment>
        <translation>Wharf verwendet %1 (%2), das erste gefundene Terminal.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="628"/>
        <source>No terminal emulator was found on this computer. Install one, such as Konsole, GNOME Terminal or xterm.</source>
        <translation>Auf diesem Computer wurde kein Terminalemulator gefunden. Installieren Sie einen, etwa Konsole, GNOME Terminal oder xterm.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="636"/>
        <source>This terminal is not installed: Wharf will use the first one found until it is.</source>
        <translation>Dieses Terminal ist nicht installiert: Wharf verwendet das erste gefundene, bis es installiert ist.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="640"/>
        <source>Wharf uses %1 (%2).</source>
        <extracomment>%1 is the terminal&apos;s name (&quot;Konsole&quot;), %2 the program (&quot;/usr/bin/konsole&quot;).</extracomment>
        <translation>Wharf verwendet %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Wharf::SettingsListEditor</name>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="37"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="38"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="39"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="40"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>Wharf::ShareLoginDialog</name>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="42"/>
        <source>Share Login with Docker and Podman</source>
        <translation>Anmeldung mit Docker und Podman teilen</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="46"/>
        <source>Let Docker and Podman use your Wharf login for %1, so that “docker pull” and “podman pull” work with it too.</source>
        <translation>Docker und Podman Ihre Wharf-Anmeldung für %1 verwenden lassen, damit „docker pull“ und „podman pull“ ebenfalls damit funktionieren.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="49"/>
        <source>Let Docker and Podman use your Wharf login for %1 (user %2), so that “docker pull” and “podman pull” work with it too.</source>
        <translation>Docker und Podman Ihre Wharf-Anmeldung für %1 (Benutzer %2) verwenden lassen, damit „docker pull“ und „podman pull“ ebenfalls damit funktionieren.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="53"/>
        <source>Wharf never writes your password or token in clear. Each tool&apos;s file only names a credential helper, and the helper keeps the login in the system keychain; the other settings in the files stay as they are.</source>
        <translation>Wharf schreibt Ihr Passwort oder Token nie im Klartext. Die Datei jedes Werkzeugs nennt nur einen Credential-Helper, und der Helper hält die Anmeldung im Schlüsselbund des Systems; die übrigen Einstellungen in den Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="70"/>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="73"/>
        <source>Hand the login to the credential helpers of the checked tools</source>
        <translation>Die Anmeldung an die Credential-Helper der angehakten Werkzeuge übergeben</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="90"/>
        <location filename="../app/ShareLoginDialog.cpp" line="193"/>
        <source>Wharf has no login for %1: log in first, then share it.</source>
        <translation>Wharf hat keine Anmeldung für %1: Melden Sie sich zuerst an und teilen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="110"/>
        <source>&amp;Docker</source>
        <translation>&amp;Docker</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="110"/>
        <source>&amp;Podman</source>
        <translation>&amp;Podman</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="182"/>
        <source>Reading your login for %1…</source>
        <translation>Ihre Anmeldung für %1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="195"/>
        <source>Wharf cannot read your login for %1: %2</source>
        <translation>Wharf kann Ihre Anmeldung für %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="216"/>
        <source>Sharing the login with %1…</source>
        <translation>Anmeldung wird mit %1 geteilt …</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="229"/>
        <source>Shared: %1 now uses this login for %2.</source>
        <extracomment>%1: Docker or Podman, %2: a registry.</extracomment>
        <translation>Geteilt: %1 verwendet diese Anmeldung jetzt für %2.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="236"/>
        <source>Not shared with %1: %2</source>
        <translation>Nicht mit %1 geteilt: %2</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="279"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="279"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Wharf::Symptom</name>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="42"/>
        <source>I can&apos;t see /cvmfs</source>
        <translation>Ich sehe /cvmfs nicht</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="44"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="46"/>
        <source>An image won&apos;t pull</source>
        <translation>Ein Image lässt sich nicht ziehen</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="48"/>
        <source>The container exits at once</source>
        <translation>Der Container beendet sich sofort</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="50"/>
        <source>I can&apos;t log in to a registry</source>
        <translation>Ich kann mich nicht bei einer Registry anmelden</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="51"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>Wharf::SymptomWizardPage</name>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="24"/>
        <source>What is wrong?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="25"/>
        <source>Pick what you see. Wharf then checks this computer for what usually causes it; nothing is changed.</source>
        <translation>Wählen Sie aus, was Sie sehen. Wharf prüft dann diesen Computer auf die üblichen Ursachen; nichts wird verändert.</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="28"/>
        <source>&amp;What happens:</source>
        <translation>&amp;Was passiert:</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="31"/>
        <source>What is wrong</source>
        <translation>Was ist das Problem</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="91"/>
        <source>Choose one with the arrow keys or the mouse, then Next.</source>
        <translation>Wählen Sie mit den Pfeiltasten oder der Maus eines aus, dann „Weiter“.</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="100"/>
        <source>Wharf will check: %1.</source>
        <translation>Wharf wird prüfen: %1.</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="100"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Wharf::TagDialog</name>
    <message>
        <location filename="../app/TagDialog.cpp" line="33"/>
        <source>Tag an Image</source>
        <translation>Image taggen</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="45"/>
        <source>Image to tag</source>
        <translation>Zu taggendes Image</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="51"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="56"/>
        <source>name:tag, e.g. myanalysis:v2</source>
        <translation>name:tag, z. B. myanalysis:v2</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="58"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="62"/>
        <source>Name check</source>
        <translation>Prüfung des Namens</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="66"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="73"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="75"/>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="78"/>
        <source>&amp;New name:</source>
        <extracomment>The new reference the image gets, e.g. &quot;myanalysis:v2&quot;.</extracomment>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="84"/>
        <source>&amp;Tag</source>
        <translation>&amp;Taggen</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="105"/>
        <source>The engine went away before the image was tagged. Start it again, then tag again.</source>
        <translation>Die Engine ist verschwunden, bevor das Image getaggt wurde. Starten Sie sie erneut und taggen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="160"/>
        <source>Type the new name; without a tag, &quot;latest&quot; is used.</source>
        <translation>Geben Sie den neuen Namen ein; ohne Tag wird „latest“ verwendet.</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="166"/>
        <source>A new name takes a tag, not a digest: remove &quot;@%1&quot; and give a tag instead (name:tag).</source>
        <translation>Ein neuer Name erhält einen Tag, keinen Digest: Entfernen Sie „@%1“ und geben Sie stattdessen einen Tag an (name:tag).</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="172"/>
        <source>Tags the image as %1</source>
        <extracomment>%1 is the normalised reference: &quot;docker.io/library/myanalysis:v2&quot;.</extracomment>
        <translation>Taggt das Image als %1</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="226"/>
        <source>%1 no longer has the image %2. It was probably removed meanwhile: close this dialog and refresh the list of images.</source>
        <extracomment>%1 is the engine (&quot;Docker&quot;), %2 the image as the dialog shows it.</extracomment>
        <translation>%1 hat das Image %2 nicht mehr. Es wurde wahrscheinlich inzwischen entfernt: Schließen Sie diesen Dialog und aktualisieren Sie die Liste der Images.</translation>
    </message>
</context>
<context>
    <name>Wharf::TarGzReader</name>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="65"/>
        <source>&quot;%1&quot; is not a readable diagnostics bundle: %2</source>
        <extracomment>%1 is a file path, %2 what is wrong with it</extracomment>
        <translation>„%1“ ist kein lesbares Diagnosepaket: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="68"/>
        <source>it is damaged, truncated or not a .tar.gz file.</source>
        <translation>Es ist beschädigt, abgeschnitten oder keine .tar.gz-Datei.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="71"/>
        <source>its content is larger than %1.</source>
        <translation>Sein Inhalt ist größer als %1.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="76"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="78"/>
        <source>it is not a file.</source>
        <translation>Es ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="82"/>
        <source>out of memory.</source>
        <translation>Nicht genügend Speicher.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="106"/>
        <location filename="../core/archive/TarGzReader.cpp" line="149"/>
        <source>it is not gzip-compressed.</source>
        <translation>Es ist nicht gzip-komprimiert.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="110"/>
        <source>it holds more than %1 entries.</source>
        <translation>Es enthält mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="114"/>
        <source>it holds an entry with an unsafe name (&quot;%1&quot;).</source>
        <translation>Es enthält einen Eintrag mit einem unsicheren Namen („%1“).</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="119"/>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation>„%1“ ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="121"/>
        <source>it holds &quot;%1&quot; twice.</source>
        <translation>Es enthält „%1“ zweimal.</translation>
    </message>
</context>
<context>
    <name>Wharf::TarGzWriter</name>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="62"/>
        <source>Cannot write &quot;%1&quot;: %2. Check that there is free space there, or choose another folder.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2. Prüfen Sie, ob dort genug freier Speicherplatz ist, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="146"/>
        <source>The archive &quot;%1&quot; is already open.</source>
        <translation>Das Archiv „%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="153"/>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="157"/>
        <source>Cannot create the archive &quot;%1&quot;: out of memory.</source>
        <translation>Das Archiv „%1“ kann nicht erstellt werden: nicht genügend Speicher.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="164"/>
        <source>Cannot create the archive &quot;%1&quot;: %2</source>
        <translation>Das Archiv „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="175"/>
        <source>Cannot add to the archive &quot;%1&quot;: an earlier write failed.</source>
        <translation>Zum Archiv „%1“ kann nichts hinzugefügt werden: Ein früherer Schreibvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="177"/>
        <location filename="../core/archive/TarGzWriter.cpp" line="225"/>
        <source>The archive &quot;%1&quot; is not open.</source>
        <translation>Das Archiv „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="181"/>
        <source>Cannot add &quot;%1&quot; to an archive: the name is empty once unsafe parts are removed.</source>
        <translation>„%1“ kann keinem Archiv hinzugefügt werden: Der Name ist leer, sobald unsichere Teile entfernt sind.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="185"/>
        <source>The archive already holds &quot;%1&quot;.</source>
        <translation>Das Archiv enthält „%1“ bereits.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="190"/>
        <source>Cannot add &quot;%1&quot; to the archive &quot;%2&quot;: out of memory.</source>
        <translation>„%1“ kann dem Archiv „%2“ nicht hinzugefügt werden: nicht genügend Speicher.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="223"/>
        <source>The archive &quot;%1&quot; was not written: an earlier write failed.</source>
        <translation>Das Archiv „%1“ wurde nicht geschrieben: Ein früherer Schreibvorgang ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalDetector</name>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="145"/>
        <source>The terminal chosen in the settings, &quot;%1&quot;, is not one Wharf knows. Choose another terminal in the settings, or &quot;automatic&quot;.</source>
        <translation>Das im Einstellungsdialog gewählte Terminal „%1“ ist keines, das Wharf kennt. Wählen Sie in den Einstellungen ein anderes Terminal oder „automatisch“.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="152"/>
        <source>The terminal chosen in the settings, %1, is not installed (no &quot;%2&quot; on the PATH). Install it, or choose another terminal in the settings.</source>
        <translation>Das in den Einstellungen gewählte Terminal %1 ist nicht installiert (kein „%2“ im PATH). Installieren Sie es oder wählen Sie in den Einstellungen ein anderes Terminal.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="159"/>
        <source>%1 runs commands in a window process of its own, so Wharf cannot pass this launch&apos;s environment variables (a registry password among them) to it. Choose another terminal in the settings.</source>
        <translation>%1 führt Befehle in einem eigenen Fensterprozess aus, daher kann Wharf die Umgebungsvariablen dieses Starts (darunter ein Registry-Passwort) nicht daran übergeben. Wählen Sie in den Einstellungen ein anderes Terminal.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="177"/>
        <source>Install a terminal emulator: your desktop&apos;s own (Konsole, GNOME Terminal, ...) or, on Debian and Ubuntu, &quot;sudo apt install xterm&quot;. Or set TERMINAL to the one you use.</source>
        <translation>Installieren Sie einen Terminal-Emulator: den Ihrer Arbeitsumgebung (Konsole, GNOME Terminal, ...) oder unter Debian und Ubuntu „sudo apt install xterm“. Oder setzen Sie TERMINAL auf das Terminal, das Sie verwenden.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="181"/>
        <source>Wharf drives Terminal or iTerm2 through osascript, which was not found.</source>
        <translation>Wharf steuert Terminal oder iTerm2 über osascript, das nicht gefunden wurde.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="184"/>
        <source>Install Windows Terminal from the Microsoft Store.</source>
        <translation>Installieren Sie Windows Terminal aus dem Microsoft Store.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="188"/>
        <source>The terminals found run commands in a window process of their own and cannot receive this launch&apos;s environment variables. </source>
        <translation>Die gefundenen Terminals führen Befehle in einem eigenen Fensterprozess aus und können die Umgebungsvariablen dieses Starts nicht empfangen. </translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="192"/>
        <source>No terminal emulator found. Looked for: %1. %2</source>
        <translation>Kein Terminal-Emulator gefunden. Gesucht nach: %1. %2</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalEmulator</name>
    <message>
        <location filename="../core/launch/TerminalEmulator.cpp" line="180"/>
        <source>There is no command to run in the terminal.</source>
        <translation>Es gibt keinen Befehl, der im Terminal ausgeführt werden soll.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalEmulator.cpp" line="183"/>
        <source>The program to run in the terminal, &quot;%1&quot;, starts with &quot;-&quot;: a terminal would read it as one of its own options. Give the program&apos;s full path.</source>
        <translation>Das im Terminal auszuführende Programm „%1“ beginnt mit „-“: Ein Terminal würde es als eine seiner eigenen Optionen lesen. Geben Sie den vollständigen Pfad des Programms an.</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalSession</name>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="75"/>
        <source>This terminal session is already running.</source>
        <translation>Diese Terminalsitzung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="84"/>
        <source>%1 runs commands in a window process of its own, so Wharf cannot pass the secret this launch needs to it. Choose another terminal in the settings.</source>
        <translation>%1 führt Befehle in einem eigenen Fensterprozess aus, daher kann Wharf das Geheimnis, das dieser Start braucht, nicht daran übergeben. Wählen Sie in den Einstellungen ein anderes Terminal.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="94"/>
        <source>Wharf runs as a Flatpak, so it cannot pass the registry password this launch needs to the terminal. Log in once on the host (for example with &quot;apptainer registry login&quot;), or install Wharf from its package.</source>
        <translation>Wharf läuft als Flatpak und kann das Registry-Passwort, das dieser Start braucht, nicht an das Terminal übergeben. Melden Sie sich einmal auf dem Host an (zum Beispiel mit „apptainer registry login“) oder installieren Sie Wharf aus seinem Paket.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="107"/>
        <source>Cannot create a temporary folder for the terminal&apos;s report in &quot;%1&quot;.</source>
        <translation>In „%1“ kann kein temporärer Ordner für den Bericht des Terminals erstellt werden.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="162"/>
        <source>The terminal %1 could not be started. Install it, or choose another terminal in the settings.</source>
        <translation>Das Terminal %1 konnte nicht gestartet werden. Installieren Sie es oder wählen Sie in den Einstellungen ein anderes Terminal.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="192"/>
        <source>The terminal %1 crashed before the command ran.</source>
        <translation>Das Terminal %1 ist abgestürzt, bevor der Befehl lief.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="193"/>
        <source>The terminal %1 ended with exit code %2 before the command ran. Is there a display (DISPLAY or WAYLAND_DISPLAY)? Otherwise choose another terminal in the settings.</source>
        <translation>Das Terminal %1 endete mit Exit-Code %2, bevor der Befehl lief. Gibt es eine Anzeige (DISPLAY oder WAYLAND_DISPLAY)? Andernfalls wählen Sie in den Einstellungen ein anderes Terminal.</translation>
    </message>
</context>
<context>
    <name>Wharf::TroubleshootingPage</name>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="38"/>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="39"/>
        <source>Save Diagnostics Bundle…</source>
        <translation>Diagnosepaket speichern …</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="40"/>
        <source>Start the Wizard…</source>
        <translation>Assistenten starten …</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="41"/>
        <location filename="../app/TroubleshootingPage.cpp" line="52"/>
        <source>Run Checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="49"/>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="65"/>
        <source>Wharf checks this computer for what usually breaks containers with CVMFS: the engines, /cvmfs, FUSE, SELinux, Docker Desktop, Apptainer.</source>
        <translation>Wharf prüft diesen Computer auf das, woran Container mit CVMFS üblicherweise scheitern: die Engines, /cvmfs, FUSE, SELinux, Docker Desktop, Apptainer.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="67"/>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="69"/>
        <source>Copy the results as Markdown (secrets removed), to paste into a ticket</source>
        <translation>Die Ergebnisse als Markdown kopieren (ohne Geheimnisse), um sie in ein Ticket einzufügen</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="72"/>
        <source>Save the results, the engines, the settings and the recent log in one file to attach to a ticket; secrets are removed</source>
        <translation>Die Ergebnisse, die Engines, die Einstellungen und das aktuelle Protokoll in einer Datei speichern, die an ein Ticket angehängt werden kann; Geheimnisse werden entfernt</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="76"/>
        <source>Say what goes wrong and run the checks that matter for it</source>
        <translation>Sagen Sie, was schiefgeht, und führen Sie die dafür relevanten Prüfungen aus</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="80"/>
        <source>Run every check again (F5)</source>
        <translation>Alle Prüfungen erneut ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="83"/>
        <source>Stop the checks that are still running (Esc)</source>
        <translation>Die noch laufenden Prüfungen anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="95"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="210"/>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="273"/>
        <source>%1: %2. Select one of its checks to see what it found and how to fix it.</source>
        <translation>%1: %2. Wählen Sie eine ihrer Prüfungen, um zu sehen, was sie gefunden hat und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="277"/>
        <source>Select a check to see what it found and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was sie gefunden hat und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="310"/>
        <source>%1. Checked at %2.</source>
        <translation>%1. Geprüft um %2.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="313"/>
        <source>The checks are done</source>
        <translation>Die Prüfungen sind abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Wharf::TroubleshootingWizard</name>
    <message>
        <location filename="../app/TroubleshootingWizard.cpp" line="24"/>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedCommand</name>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="44"/>
        <source>Usage: wharf unpacked list [--root DIR]... [--filter TEXT] [--json] [--timeout SECONDS]
                           [--cvmfs-root DIR] [--no-check]
       wharf unpacked recipe [--json] REFERENCE

list    Walks the roots of unpacked.cern.ch (default: the roots of the settings,
        /cvmfs/unpacked.cern.ch) and prints every published name, sorted, one a
        line, with tabs between the columns:
          REFERENCE   the image as engines and registries name it (docker.io/...)
          PATH        where it is (give it to apptainer or to wharf launch)
          SYNCED      when it was last published, ISO 8601, UTC
          RUNNABLE    runnable, not-runnable (no .singularity.d), broken-link,
                      outside-root, unreadable, or unchecked (--no-check)
        Names that are not valid UTF-8 and control characters are printed as \xNN.
  --root DIR        A tree to walk instead of the settings&apos; roots (repeatable).
  --filter TEXT     Only names whose path contains every word of TEXT, ignoring
                    case: the search field of the unpacked.cern.ch page.
  --json            An array of objects: reference, publicName, path, root, target,
                    imageId, synced, runnable (true, false or null), state,
                    architectures, defaultArchitecture.
  --timeout SECONDS How long one folder may take to answer (default 15). A folder
                    that takes longer is named on standard error and skipped.
  --cvmfs-root DIR  Where CVMFS is mounted on this computer (default /cvmfs).
  --no-check        Do not look whether the images are runnable (on CVMFS each
                    image costs a catalog download).
        Exits 1 when a folder could not be read (the list is then incomplete).

recipe  Prints the line that requests REFERENCE on unpacked.cern.ch (it goes under
        &quot;input:&quot; in recipe.yaml of the sync project) and, on standard error, where to
        send it. REFERENCE may end in a wildcard tag (&quot;atlas/analysisbase:21.2.1*&quot;).
        Exits 2 when the reference cannot be published.
</source>
        <translation>Aufruf: wharf unpacked list [--root VERZ]... [--filter TEXT] [--json] [--timeout SEKUNDEN]
                            [--cvmfs-root VERZ] [--no-check]
        wharf unpacked recipe [--json] REFERENZ

list    Durchläuft die Wurzeln von unpacked.cern.ch (Standard: die Wurzeln aus den
        Einstellungen, /cvmfs/unpacked.cern.ch) und gibt jeden veröffentlichten
        Namen aus, sortiert, einen pro Zeile, mit Tabulatoren zwischen den Spalten:
          REFERENZ    das Image, wie Engines und Registrys es nennen (docker.io/...)
          PFAD        wo es liegt (für apptainer oder wharf launch)
          SYNC        wann es zuletzt veröffentlicht wurde, ISO 8601, UTC
          AUSFÜHRBAR  runnable, not-runnable (kein .singularity.d), broken-link,
                      outside-root, unreadable oder unchecked (--no-check)
        Namen, die kein gültiges UTF-8 sind, und Steuerzeichen werden als \xNN
        ausgegeben.
  --root VERZ       Ein Baum, der statt der Wurzeln aus den Einstellungen
                    durchlaufen wird (wiederholbar).
  --filter TEXT     Nur Namen, deren Pfad jedes Wort von TEXT enthält, ohne
                    Beachtung der Groß-/Kleinschreibung: das Suchfeld der Seite
                    unpacked.cern.ch.
  --json            Ein Array von Objekten: reference, publicName, path, root,
                    target, imageId, synced, runnable (true, false oder null),
                    state, architectures, defaultArchitecture.
  --timeout SEKUNDEN
                    Wie lange ein Ordner für eine Antwort brauchen darf
                    (Standard 15). Ein Ordner, der länger braucht, wird in der
                    Standardfehlerausgabe genannt und übersprungen.
  --cvmfs-root VERZ Einhängeort von CVMFS auf diesem Computer (Standard /cvmfs).
  --no-check        Nicht prüfen, ob die Images ausführbar sind (auf CVMFS kostet
                    jedes Image einen Katalog-Download).
        Endet mit 1, wenn ein Ordner nicht gelesen werden konnte (die Liste ist
        dann unvollständig).

recipe  Gibt die Zeile aus, die REFERENZ auf unpacked.cern.ch anfordert (sie gehört
        unter „input:“ in recipe.yaml des Sync-Projekts), und in der
        Standardfehlerausgabe, wohin sie zu schicken ist. REFERENZ darf auf einen
        Platzhalter-Tag enden („atlas/analysisbase:21.2.1*“).
        Endet mit 2, wenn die Referenz nicht veröffentlicht werden kann.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="277"/>
        <source>wharf unpacked: say what to do: list or recipe.
</source>
        <translation>wharf unpacked: Geben Sie an, was zu tun ist: list oder recipe.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="279"/>
        <source>wharf unpacked: unknown command &quot;%1&quot;.
</source>
        <translation>wharf unpacked: unbekannter Befehl „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="294"/>
        <source>wharf unpacked list: %1 needs a value.
</source>
        <translation>wharf unpacked list: %1 braucht einen Wert.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="330"/>
        <source>wharf unpacked list: --timeout takes seconds between 0.1 and 3600, not &quot;%1&quot;.
</source>
        <translation>wharf unpacked list: --timeout erwartet Sekunden zwischen 0.1 und 3600, nicht „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="337"/>
        <source>wharf unpacked list: unknown option &quot;%1&quot;.
</source>
        <translation>wharf unpacked list: unbekannte Option „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="373"/>
        <source>wharf unpacked list: stopped; nothing was printed.
</source>
        <translation>wharf unpacked list: angehalten; es wurde nichts ausgegeben.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="440"/>
        <source>wharf unpacked list: the list is incomplete: folders that could not be read: %1.
</source>
        <translation>wharf unpacked list: Die Liste ist unvollständig, Ordner, die nicht gelesen werden konnten: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="445"/>
        <source>wharf unpacked list: no image matches &quot;%1&quot;.
</source>
        <translation>wharf unpacked list: Kein Image passt zu „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="447"/>
        <source>wharf unpacked list: no image found under %1.
</source>
        <translation>wharf unpacked list: kein Image unter %1 gefunden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="524"/>
        <source>wharf unpacked list: the walk ended unexpectedly.
</source>
        <translation>wharf unpacked list: Der Durchlauf endete unerwartet.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="546"/>
        <source>wharf unpacked recipe: unknown option &quot;%1&quot;. An image reference does not start with &quot;-&quot;.
</source>
        <translation>wharf unpacked recipe: unbekannte Option „%1“. Eine Image-Referenz beginnt nicht mit „-“.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="556"/>
        <source>wharf unpacked recipe: name the image to publish, for example registry.hub.docker.com/library/centos:centos7.
</source>
        <translation>wharf unpacked recipe: Nennen Sie das zu veröffentlichende Image, zum Beispiel registry.hub.docker.com/library/centos:centos7.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="558"/>
        <source>wharf unpacked recipe: give one image reference (quote it if it holds spaces or a &quot;*&quot;).
</source>
        <translation>wharf unpacked recipe: Geben Sie genau eine Image-Referenz an (setzen Sie sie in Anführungszeichen, wenn sie Leerzeichen oder ein „*“ enthält).
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="565"/>
        <source>wharf unpacked recipe: %1
</source>
        <translation>wharf unpacked recipe: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedDetailsPanel</name>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="26"/>
        <source>Select an image tag to see where it leads, when it was synced and its environment.</source>
        <translation>Wählen Sie einen Image-Tag aus, um zu sehen, wohin er führt, wann er synchronisiert wurde und welche Umgebung er hat.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="31"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="48"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="49"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="50"/>
        <source>Synced:</source>
        <translation>Synchronisiert:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="51"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="52"/>
        <source>Runnable:</source>
        <translation>Ausführbar:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="53"/>
        <source>Architectures:</source>
        <translation>Architekturen:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="54"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="63"/>
        <source>Image environment</source>
        <translation>Image-Umgebung</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="166"/>
        <source>%1 (%2)</source>
        <extracomment>%1 relative (&quot;3 days ago&quot;), %2 exact time</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="167"/>
        <source>When unpacked.cern.ch last published this name: the link&apos;s own time, as ls -l shows it.</source>
        <translation>Wann unpacked.cern.ch diesen Namen zuletzt veröffentlicht hat: die Zeit des Links selbst, wie ls -l sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="188"/>
        <source>Reading the environment…</source>
        <translation>Umgebung wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="196"/>
        <source>The image sets no environment.</source>
        <translation>Das Image definiert keine Umgebung.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="204"/>
        <source>The target does not exist: the link is broken.</source>
        <translation>Das Ziel existiert nicht: Der Link ist defekt.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="205"/>
        <source>This image has no environment file (.singularity.d/env).</source>
        <translation>Dieses Image hat keine Umgebungsdatei (.singularity.d/env).</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedDirectoryReader</name>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="101"/>
        <source>Cannot list &quot;%1&quot;: it is not a folder below %2.</source>
        <translation>„%1“ kann nicht aufgelistet werden: Es ist kein Ordner unterhalb von %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="261"/>
        <source>The name leads outside %1, so Wharf does not follow it.</source>
        <translation>Der Name führt aus %1 heraus, daher folgt Wharf ihm nicht.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="272"/>
        <source>Broken link: %1 does not exist. The image may have been removed or be republished right now; look again in a few minutes.</source>
        <translation>Defekter Link: %1 existiert nicht. Das Image wurde möglicherweise entfernt oder wird gerade neu veröffentlicht; sehen Sie in einigen Minuten erneut nach.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="311"/>
        <source>The image has no environment file (.singularity.d/env/10-docker2singularity.sh).</source>
        <translation>Das Image hat keine Umgebungsdatei (.singularity.d/env/10-docker2singularity.sh).</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="328"/>
        <source>%1 is not a folder. Check the roots in the settings.</source>
        <translation>%1 ist kein Ordner. Prüfen Sie die Wurzelordner in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="332"/>
        <source>CVMFS is not installed on this computer: %1 does not exist. Install and configure the CVMFS client (see cvmfs.readthedocs.io), or choose another root folder.</source>
        <translation>CVMFS ist auf diesem Computer nicht installiert: %1 existiert nicht. Installieren und konfigurieren Sie den CVMFS-Client (siehe cvmfs.readthedocs.io) oder wählen Sie einen anderen Wurzelordner.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="340"/>
        <source>The CVMFS repository %1 is not mounted: %2 does not exist. Run &quot;cvmfs_config probe %1&quot; to mount it and see why it fails; the repository must be listed in CVMFS_REPOSITORIES (/etc/cvmfs/default.local) and autofs must be running.</source>
        <translation>Das CVMFS-Repository %1 ist nicht eingehängt: %2 existiert nicht. Führen Sie „cvmfs_config probe %1“ aus, um es einzuhängen und zu sehen, warum es scheitert; das Repository muss in CVMFS_REPOSITORIES (/etc/cvmfs/default.local) aufgeführt sein, und autofs muss laufen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="349"/>
        <source>The folder %1 does not exist. Check the roots in the settings.</source>
        <translation>Der Ordner %1 existiert nicht. Prüfen Sie die Wurzelordner in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="353"/>
        <source>The folder %1 is gone: the repository changed while Wharf was reading it. Refresh to read it again.</source>
        <translation>Der Ordner %1 ist verschwunden: Das Repository hat sich geändert, während Wharf es gelesen hat. Aktualisieren Sie, um es erneut zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="360"/>
        <source>Permission denied reading %1. Check the folder&apos;s permissions, or ask the administrator of this computer for read access.</source>
        <translation>Zugriff verweigert beim Lesen von %1. Prüfen Sie die Berechtigungen des Ordners oder bitten Sie die Administration dieses Computers um Lesezugriff.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="367"/>
        <source>The file system of %1 is no longer connected (its CVMFS client stopped or crashed). Run &quot;cvmfs_config probe %2&quot; to mount it again; if that fails, &quot;cvmfs_config chksetup&quot; says what is wrong.</source>
        <translation>Das Dateisystem von %1 ist nicht mehr verbunden (sein CVMFS-Client wurde beendet oder ist abgestürzt). Führen Sie „cvmfs_config probe %2“ aus, um es erneut einzuhängen; wenn das fehlschlägt, sagt „cvmfs_config chksetup“, was nicht stimmt.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="376"/>
        <source>CVMFS could not fetch %1: the proxy or the Stratum 1 servers may be unreachable. &quot;cvmfs_config stat -v %2&quot; shows which servers it uses; try again when the network is back.</source>
        <translation>CVMFS konnte %1 nicht abrufen: Der Proxy oder die Stratum-1-Server sind möglicherweise nicht erreichbar. „cvmfs_config stat -v %2“ zeigt, welche Server es verwendet; versuchen Sie es erneut, wenn das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="383"/>
        <source>%1 is a link, not a folder; Wharf does not walk into links.</source>
        <translation>%1 ist ein Link, kein Ordner; Wharf folgt keinen Links.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="386"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="394"/>
        <source>%1 is empty: the CVMFS repository is probably not mounted. Run &quot;cvmfs_config probe %2&quot; to mount it and see why it fails.</source>
        <translation>%1 ist leer: Das CVMFS-Repository ist wahrscheinlich nicht eingehängt. Führen Sie „cvmfs_config probe %2“ aus, um es einzuhängen und zu sehen, warum es scheitert.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="405"/>
        <source>%1 did not answer within %2 s. CVMFS may be waiting for a proxy or server that does not respond; Wharf goes on with the other folders. Check the network and &quot;cvmfs_config stat -v&quot;, then refresh.</source>
        <extracomment>%1 is a folder, %2 a number of seconds</extracomment>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. CVMFS wartet möglicherweise auf einen Proxy oder Server, der nicht antwortet; Wharf fährt mit den anderen Ordnern fort. Prüfen Sie das Netzwerk und „cvmfs_config stat -v“ und aktualisieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedMissingRootWidget</name>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="35"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="63"/>
        <source>CVMFS is not mounted on this computer.</source>
        <translation>CVMFS ist auf diesem Computer nicht eingehängt.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="64"/>
        <source>The unpacked.cern.ch folder cannot be read.</source>
        <translation>Der Ordner unpacked.cern.ch kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="72"/>
        <source>&lt;p&gt;Three ways to get it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Install the CVMFS client&lt;/b&gt; on this computer (it mounts /cvmfs for every program): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-quickstart.html&quot;&gt;quick start&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use the automounter container&lt;/b&gt; (Linux): a container mounts /cvmfs and shares it with the host and other containers: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;CVMFS in containers&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use an image that mounts CVMFS itself&lt;/b&gt; (needs /dev/fuse and extra privileges): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;how&lt;/a&gt;; the Launch dialog offers it as “Mounted inside the container”.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Drei Möglichkeiten, es zu bekommen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Installieren Sie den CVMFS-Client&lt;/b&gt; auf diesem Computer (er hängt /cvmfs für jedes Programm ein): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-quickstart.html&quot;&gt;Schnellstart&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verwenden Sie den Automounter-Container&lt;/b&gt; (Linux): Ein Container hängt /cvmfs ein und teilt es mit dem Host und anderen Containern: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;CVMFS in Containern&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verwenden Sie ein Image, das CVMFS selbst einhängt&lt;/b&gt; (braucht /dev/fuse und zusätzliche Rechte): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;Anleitung&lt;/a&gt;; der Startdialog bietet es als „Im Container eingehängt“ an.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedPage</name>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="76"/>
        <location filename="../app/UnpackedPage.cpp" line="132"/>
        <source>Scan Everything</source>
        <translation>Alles scannen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="77"/>
        <source>Request…</source>
        <translation>Anfordern …</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="78"/>
        <location filename="../app/UnpackedPage.cpp" line="93"/>
        <source>Launch with Apptainer…</source>
        <translation>Mit Apptainer starten …</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="97"/>
        <source>Open a shell in the selected image with Apptainer, straight from CVMFS (Ctrl+L)</source>
        <translation>Mit Apptainer eine Shell im ausgewählten Image öffnen, direkt aus CVMFS (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="100"/>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="104"/>
        <source>Copy the path under /cvmfs, for apptainer shell or singularity exec (Ctrl+C)</source>
        <translation>Den Pfad unter /cvmfs kopieren, für apptainer shell oder singularity exec (Strg+C)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="107"/>
        <source>Copy Recipe Line</source>
        <translation>Rezeptzeile kopieren</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="109"/>
        <source>Copy the line of recipe.yaml that publishes this image</source>
        <translation>Die Zeile von recipe.yaml kopieren, die dieses Image veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="112"/>
        <source>Request on unpacked.cern.ch…</source>
        <translation>Auf unpacked.cern.ch anfordern …</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="114"/>
        <source>Ask for an image to be published on unpacked.cern.ch</source>
        <translation>Die Veröffentlichung eines Images auf unpacked.cern.ch anfordern</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="117"/>
        <location filename="../app/UnpackedPage.cpp" line="472"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="121"/>
        <source>Read the open folders again (F5)</source>
        <translation>Die geöffneten Ordner erneut lesen (F5)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="124"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="134"/>
        <source>Read every folder in the background, so that the filter searches all images; the result is kept for the next start</source>
        <translation>Alle Ordner im Hintergrund lesen, damit der Filter alle Images durchsucht; das Ergebnis wird für den nächsten Start aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="138"/>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="154"/>
        <source>Filter by image, tag or path (Ctrl+F)</source>
        <translation>Nach Image, Tag oder Pfad filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="156"/>
        <source>Filter images</source>
        <translation>Images filtern</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="195"/>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="198"/>
        <source>Stop the scan; what was read so far stays</source>
        <translation>Den Scan anhalten; das bisher Gelesene bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="217"/>
        <source>Images on unpacked.cern.ch</source>
        <translation>Images auf unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="230"/>
        <source>Runnable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="470"/>
        <source>More folders could not be read</source>
        <translation>Weitere Ordner konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="471"/>
        <source>The latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="475"/>
        <source>%1 did not answer</source>
        <translation>%1 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="476"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="483"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="499"/>
        <source>%p% · %n tags</source>
        <translation>
            <numerusform>%p% · %n Tag</numerusform>
            <numerusform>%p% · %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="512"/>
        <source>Scan cancelled: %n tags read so far.</source>
        <translation>
            <numerusform>Scan abgebrochen: bisher %n Tag gelesen.</numerusform>
            <numerusform>Scan abgebrochen: bisher %n Tags gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="518"/>
        <source>Scan finished with %n tags in %1 s; %2 folders could not be read.</source>
        <extracomment>%2 is a duration in seconds</extracomment>
        <translation>
            <numerusform>Scan mit %n Tag in %1 s abgeschlossen; %2 Ordner konnten nicht gelesen werden.</numerusform>
            <numerusform>Scan mit %n Tags in %1 s abgeschlossen; %2 Ordner konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="521"/>
        <source>Scan finished: %n tags in %1 s.</source>
        <translation>
            <numerusform>Scan abgeschlossen: %n Tag in %1 s.</numerusform>
            <numerusform>Scan abgeschlossen: %n Tags in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="625"/>
        <source>Select an image tag to open a shell in it with Apptainer (Ctrl+L)</source>
        <translation>Wählen Sie einen Image-Tag aus, um darin mit Apptainer eine Shell zu öffnen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="627"/>
        <source>This name does not lead to an image Apptainer can run (see Runnable)</source>
        <translation>Dieser Name führt nicht zu einem Image, das Apptainer ausführen kann (siehe „Ausführbar“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="669"/>
        <source>%n matching tags</source>
        <translation>
            <numerusform>%n passender Tag</numerusform>
            <numerusform>%n passende Tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="669"/>
        <source>1 matching tag</source>
        <translation>1 passender Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="670"/>
        <source>of %n read so far</source>
        <translation>
            <numerusform>von bisher %n gelesenen</numerusform>
            <numerusform>von bisher %n gelesenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="672"/>
        <source>%n tags read</source>
        <translation>
            <numerusform>%n Tag gelesen</numerusform>
            <numerusform>%n Tags gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="672"/>
        <source>1 tag read</source>
        <translation>1 Tag gelesen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="682"/>
        <source>grey rows are from the saved scan of %1 (%2) until read again</source>
        <extracomment>%1 relative (&quot;2 days ago&quot;), %2 exact time</extracomment>
        <translation>graue Zeilen stammen aus dem gespeicherten Scan von %1 (%2), bis sie erneut gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="688"/>
        <source>scanning: %n folders read</source>
        <translation>
            <numerusform>Scan läuft: %n Ordner gelesen</numerusform>
            <numerusform>Scan läuft: %n Ordner gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="690"/>
        <source>the filter searches what has been read: Scan Everything to search all</source>
        <translation>der Filter durchsucht das bisher Gelesene: „Alles scannen“, um alles zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="738"/>
        <source>Read This Folder Again</source>
        <translation>Diesen Ordner erneut lesen</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="759"/>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="760"/>
        <source>Copied %n paths</source>
        <translation>
            <numerusform>%n Pfad kopiert</numerusform>
            <numerusform>%n Pfade kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="769"/>
        <source>Copied the recipe line: %1</source>
        <translation>Rezeptzeile kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="832"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedRecipe</name>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="32"/>
        <source>“%1” cannot be requested on unpacked.cern.ch: %2.</source>
        <extracomment>%1 is the reference as typed, %2 why it cannot be published.</extracomment>
        <translation>„%1“ kann auf unpacked.cern.ch nicht angefordert werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="88"/>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="104"/>
        <source>%1 is this computer, not a public registry</source>
        <translation>%1 ist dieser Computer, keine öffentliche Registry</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="91"/>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="98"/>
        <source>%1 is a private or local network address, which the publisher cannot reach; only public registries can be published</source>
        <translation>%1 ist eine private oder lokale Netzwerkadresse, die der Publisher nicht erreichen kann; nur öffentliche Registrys können veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="106"/>
        <source>the registry host “%1” has no domain, so it can only be a local or private one; only public registries can be published</source>
        <translation>der Registry-Host „%1“ hat keine Domain, kann also nur ein lokaler oder privater sein; nur öffentliche Registrys können veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="113"/>
        <source>the registry host “%1” ends in “.%2”, a private or reserved name; only public registries can be published</source>
        <translation>der Registry-Host „%1“ endet auf „.%2“, einen privaten oder reservierten Namen; nur öffentliche Registrys können veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="127"/>
        <source>Type the image to publish, for example registry.hub.docker.com/library/centos:centos7.</source>
        <translation>Geben Sie das zu veröffentlichende Image ein, zum Beispiel registry.hub.docker.com/library/centos:centos7.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="131"/>
        <source>it is %1 characters long; a reference has at most a few hundred</source>
        <translation>sie ist %1 Zeichen lang; eine Referenz hat höchstens einige hundert</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="135"/>
        <source>%1 at position %2 is not allowed in an image reference</source>
        <translation>%1 an Position %2 ist in einer Image-Referenz nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="142"/>
        <source>the publisher pulls over HTTPS only, so a registry reached by plain http:// cannot be published</source>
        <translation>der Publisher zieht nur über HTTPS, daher kann eine über einfaches http:// erreichte Registry nicht veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="146"/>
        <source>“%1://” is not a registry address; write the reference without it</source>
        <translation>„%1://“ ist keine Registry-Adresse; schreiben Sie die Referenz ohne diesen Teil</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="156"/>
        <source>a tag with “*” matches several images, so it cannot be combined with a digest</source>
        <translation>ein Tag mit „*“ passt auf mehrere Images und kann daher nicht mit einem Digest kombiniert werden</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="159"/>
        <source>“*” can only stand in the tag, as in “image:*” or “image:1.2*”</source>
        <translation>„*“ darf nur im Tag stehen, wie in „image:*“ oder „image:1.2*“</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="162"/>
        <source>“*” must end the tag: “*” requests every tag, “21.2.1*” every tag that starts with 21.2.1</source>
        <translation>„*“ muss den Tag beenden: „*“ fordert jeden Tag an, „21.2.1*“ jeden Tag, der mit 21.2.1 beginnt</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="167"/>
        <source>the tag is longer than %1 characters</source>
        <translation>der Tag ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="170"/>
        <source>%1 cannot be in a tag, which may contain letters, digits, “_”, and “.” or “-” after the first character</source>
        <translation>%1 darf nicht in einem Tag stehen; er darf Buchstaben, Ziffern, „_“ sowie nach dem ersten Zeichen „.“ oder „-“ enthalten</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="193"/>
        <source>Docker Hub is written registry.hub.docker.com in the recipe, as the names already under /cvmfs/unpacked.cern.ch are.</source>
        <translation>Docker Hub wird im Rezept als registry.hub.docker.com geschrieben, so wie die bereits unter /cvmfs/unpacked.cern.ch vorhandenen Namen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="199"/>
        <source>No tag was given: “latest” was added. Name the tag you need, as “latest” changes whenever the image is pushed again.</source>
        <translation>Es wurde kein Tag angegeben: „latest“ wurde ergänzt. Nennen Sie den Tag, den Sie brauchen, da sich „latest“ bei jedem erneuten Hochladen des Images ändert.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="203"/>
        <source>“*” publishes every tag of the repository, each under its own name. Prefer a prefix (“1.2*”) for repositories with many tags.</source>
        <translation>„*“ veröffentlicht jeden Tag des Repositorys, jeden unter seinem eigenen Namen. Bevorzugen Sie bei Repositorys mit vielen Tags ein Präfix („1.2*“).</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="206"/>
        <source>Every tag that starts with “%1” is published, each under its own name.</source>
        <translation>Jeder Tag, der mit „%1“ beginnt, wird veröffentlicht, jeder unter seinem eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="210"/>
        <source>A digest without a tag is published as %1.</source>
        <translation>Ein Digest ohne Tag wird als %1 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="247"/>
        <source>Add the line under “input:” in recipe.yaml of the sync project and open a merge request: on CERN GitLab, %1 (CERN account), or on GitHub, %2. Only public images can be published: the publisher pulls without logging in. About 15 minutes after the merge request is accepted the image appears as %3, and tags pushed again are synced again automatically.</source>
        <extracomment>%1 and %2 are web addresses, %3 a path under /cvmfs</extracomment>
        <translation>Fügen Sie die Zeile unter „input:“ in recipe.yaml des Sync-Projekts hinzu und öffnen Sie einen Merge-Request: auf CERN GitLab %1 (CERN-Konto) oder auf GitHub %2. Nur öffentliche Images können veröffentlicht werden: Der Publisher zieht ohne Anmeldung. Etwa 15 Minuten nach Annahme des Merge-Requests erscheint das Image als %3, und erneut hochgeladene Tags werden automatisch erneut synchronisiert.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedRequestDialog</name>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="28"/>
        <location filename="../app/UnpackedRequestDialog.cpp" line="66"/>
        <location filename="../app/UnpackedRequestDialog.cpp" line="128"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="32"/>
        <source>Request on unpacked.cern.ch</source>
        <translation>Auf unpacked.cern.ch anfordern</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="34"/>
        <source>unpacked.cern.ch publishes public container images unpacked on CVMFS, so that Apptainer starts them in seconds. Name the image to publish; “*” at the end of the tag asks for every tag that starts with what comes before it.</source>
        <translation>unpacked.cern.ch veröffentlicht öffentliche Container-Images entpackt auf CVMFS, sodass Apptainer sie in Sekunden startet. Nennen Sie das zu veröffentlichende Image; „*“ am Ende des Tags fordert jeden Tag an, der mit dem beginnt, was davor steht.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="42"/>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="58"/>
        <source>Line for recipe.yaml</source>
        <translation>Zeile für recipe.yaml</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="59"/>
        <source>(appears when the image can be requested)</source>
        <translation>(erscheint, wenn das Image angefordert werden kann)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="62"/>
        <source>Copy the line to the clipboard</source>
        <translation>Die Zeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="79"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="80"/>
        <source>recipe.yaml:</source>
        <translation>recipe.yaml:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="81"/>
        <source>Will appear as:</source>
        <translation>Erscheint als:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Where to send it.&lt;/b&gt; Add the line under &lt;code&gt;input:&lt;/code&gt; in &lt;code&gt;recipe.yaml&lt;/code&gt; and open a merge request, either on CERN GitLab, %1 (CERN account), or on GitHub, %2.&lt;/p&gt;&lt;p&gt;Only public images can be published: the publisher pulls without logging in. About 15 minutes after the merge request is accepted the image appears on CVMFS, and tags pushed again are synced again automatically.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are links to the projects that hold recipe.yaml</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Wohin damit.&lt;/b&gt; Fügen Sie die Zeile unter &lt;code&gt;input:&lt;/code&gt; in &lt;code&gt;recipe.yaml&lt;/code&gt; hinzu und öffnen Sie einen Merge-Request, entweder im GitLab des CERN, %1 (CERN-Konto), oder auf GitHub, %2.&lt;/p&gt;&lt;p&gt;Nur öffentliche Images können veröffentlicht werden: Der Veröffentlichungsdienst zieht ohne Anmeldung. Etwa 15 Minuten nachdem der Merge-Request angenommen wurde, erscheint das Image auf CVMFS, und erneut gepushte Tags werden automatisch erneut synchronisiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="133"/>
        <source>Type the image as you would pull it, for example registry.hub.docker.com/library/centos:centos7.</source>
        <translation>Geben Sie das Image so ein, wie Sie es ziehen würden, zum Beispiel registry.hub.docker.com/library/centos:centos7.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="156"/>
        <source>This image can be requested.</source>
        <translation>Dieses Image kann angefordert werden.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="168"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedScanCache</name>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="213"/>
        <source>The saved scan %1 could not be used (%2) and was removed; scan again.</source>
        <translation>Der gespeicherte Scan %1 konnte nicht verwendet werden (%2) und wurde entfernt; scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="240"/>
        <source>Cannot save the scan: the root folder name is empty or too long.</source>
        <translation>Der Scan kann nicht gespeichert werden: Der Name des Wurzelordners ist leer oder zu lang.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="285"/>
        <source>Cannot save the scan of %1: it is too large.</source>
        <translation>Der Scan von %1 kann nicht gespeichert werden: Er ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="298"/>
        <source>No saved scan of %1 yet.</source>
        <translation>Noch kein gespeicherter Scan von %1.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="303"/>
        <source>Cannot read the saved scan &quot;%1&quot;: %2.</source>
        <translation>Der gespeicherte Scan „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedScanner</name>
    <message>
        <location filename="../core/unpacked/UnpackedScanner.cpp" line="532"/>
        <source>%1 was not read: %2 other folders have not answered, so the file system seems to hang (CVMFS waiting for a proxy or server?). Wharf tries again when they answer; check the network and &quot;cvmfs_config stat -v&quot;.</source>
        <translation>%1 wurde nicht gelesen: %2 andere Ordner haben nicht geantwortet, das Dateisystem scheint also zu hängen (wartet CVMFS auf einen Proxy oder Server?). Wharf versucht es erneut, wenn sie antworten; prüfen Sie das Netzwerk und „cvmfs_config stat -v“.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedTreeModel</name>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="75"/>
        <source>%n image</source>
        <translation>
            <numerusform>%n Image</numerusform>
            <numerusform>%n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="75"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n Image</numerusform>
            <numerusform>%n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="80"/>
        <source>%n folder</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="80"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="271"/>
        <source>(no tag)</source>
        <extracomment>A public name without &quot;:tag&quot;, e.g. &quot;cmssw/el8&quot;</extracomment>
        <translation>(kein Tag)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1116"/>
        <source>Synced</source>
        <extracomment>When the image was last published (synchronised) on CVMFS</extracomment>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1118"/>
        <source>Runnable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1120"/>
        <source>Architectures</source>
        <translation>Architekturen</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1122"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1126"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1164"/>
        <source>No: leads outside the repository</source>
        <translation>Nein: führt aus dem Repository heraus</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1167"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1169"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1171"/>
        <source>No: no .singularity.d</source>
        <translation>Nein: kein .singularity.d</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1173"/>
        <source>Broken link</source>
        <translation>Defekter Link</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1175"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1187"/>
        <source>Loading… (showing the saved scan)</source>
        <translation>Wird geladen … (gespeicherter Scan wird angezeigt)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1188"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1190"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1195"/>
        <source>An image unpacked here, without a tag</source>
        <translation>Ein hier entpacktes Image ohne Tag</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1208"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1213"/>
        <source>saved scan of %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>gespeicherter Scan vom %1</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1213"/>
        <source>saved scan</source>
        <translation>gespeicherter Scan</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1223"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1235"/>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1239"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1255"/>
        <source>%n tag</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1255"/>
        <source>%n tags</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1259"/>
        <source>The name is not valid UTF-8; it is shown escaped</source>
        <translation>Der Name ist kein gültiges UTF-8; er wird maskiert angezeigt</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1261"/>
        <source>The link leads outside the repository</source>
        <translation>Der Link führt aus dem Repository heraus</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1263"/>
        <source>Broken link: the target does not exist</source>
        <translation>Defekter Link: Das Ziel existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1265"/>
        <source>From the saved scan</source>
        <translation>Aus dem gespeicherten Scan</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1290"/>
        <source>The link was last changed (the image last synced) at %1.</source>
        <translation>Der Link wurde zuletzt am %1 geändert (das Image zuletzt synchronisiert).</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedViewModel</name>
    <message>
        <location filename="../app/UnpackedViewModel.cpp" line="81"/>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedViewModel.cpp" line="88"/>
        <source>Also in: %1</source>
        <extracomment>%1: where else the image is, e.g. &quot;engine&quot;</extracomment>
        <translation>Auch in: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::WharfSettings</name>
    <message>
        <location filename="../app/WharfSettings.cpp" line="203"/>
        <source>&quot;%1&quot; is not a CVMFS repository name such as cms.cern.ch.</source>
        <translation>„%1“ ist kein CVMFS-Repository-Name wie cms.cern.ch.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="223"/>
        <source>The folder</source>
        <translation>Der Ordner</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="227"/>
        <source>%1 cannot be &quot;/&quot;.</source>
        <translation>%1 darf nicht „/“ sein.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="231"/>
        <source>%1 contains a control character (such as a line break). Type the path again.</source>
        <translation>%1 enthält ein Steuerzeichen (etwa einen Zeilenumbruch). Geben Sie den Pfad erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="233"/>
        <source>%1 is longer than any path this computer allows.</source>
        <translation>%1 ist länger als jeder Pfad, den dieser Computer erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="244"/>
        <source>&quot;%1&quot; is not a proxy address. Write it as http://host:port (or socks5://host:port), or leave it empty to use the system&apos;s proxy.</source>
        <translation>„%1“ ist keine Proxy-Adresse. Schreiben Sie sie als http://host:port (oder socks5://host:port) oder lassen Sie das Feld leer, um den Proxy des Systems zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="250"/>
        <source>The proxy address must not hold a password: settings are not a safe place for it.</source>
        <translation>Die Proxy-Adresse darf kein Passwort enthalten: Die Einstellungen sind kein sicherer Ort dafür.</translation>
    </message>
</context>
</TS>
