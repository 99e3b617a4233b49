<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Wharf::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="38"/>
        <source>%1 (built with %2)</source>
        <extracomment>Qt&apos;s version at run time, then the one Wharf was built with: &quot;6.5.0 (built with 6.4.2)&quot;.</extracomment>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="46"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="50"/>
        <source>About Wharf</source>
        <translation>À propos de Wharf</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="58"/>
        <source>Wharf icon</source>
        <translation>Icône de Wharf</translation>
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
        <translation>Les images de conteneurs de Docker et de Podman pour qui utilise CVMFS&#xa0;: listez-les, téléchargez-les et ouvrez un shell avec /cvmfs et votre dossier d’analyse.</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="85"/>
        <source>Released under the %1.</source>
        <extracomment>%1 is a link to the license text; keep the &lt;a&gt; element.</extracomment>
        <translation>Publié sous la %1.</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="87"/>
        <source>Apache License, version 2.0</source>
        <translation>Licence Apache, version 2.0</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="90"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="92"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="102"/>
        <source>Copies every version as plain text, to paste in a bug report</source>
        <translation>Copier toutes les versions en texte brut, pour les coller dans un rapport de bogue</translation>
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
        <translation>sondage encore en cours</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="162"/>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="177"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="180"/>
        <source>System</source>
        <extracomment>The operating system, in the About box.</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="183"/>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="183"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="215"/>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
</context>
<context>
    <name>Wharf::AddEntryDialog</name>
    <message>
        <location filename="../app/AddEntryDialog.cpp" line="33"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>Wharf::AddRegistryDialog</name>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="13"/>
        <source>Add a Registry</source>
        <translation>Ajouter un registre</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="14"/>
        <source>The registry&apos;s address, as it appears in image names: a host name, with :port when it is not the standard one.</source>
        <translation>L’adresse du registre, telle qu’elle apparaît dans les noms d’images&#xa0;: un nom d’hôte, avec&#xa0;:port quand ce n’est pas le port standard.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="21"/>
        <source>gitlab-registry.cern.ch, registry.example.org:5000</source>
        <translation>gitlab-registry.cern.ch, registry.example.org:5000</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="23"/>
        <source>Registry address</source>
        <translation>Adresse du registre</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="26"/>
        <source>&amp;Registry:</source>
        <extracomment>host[:port] of a container registry.</extracomment>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="44"/>
        <source>For example gitlab-registry.cern.ch, registry.cern.ch, docker.io or localhost:5000.</source>
        <translation>Par exemple gitlab-registry.cern.ch, registry.cern.ch, docker.io ou localhost:5000.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="50"/>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="56"/>
        <source>Adds Docker Hub (%1). Docker Hub does not list its repositories: add the ones you use, or log in to see your own.</source>
        <extracomment>%1 is &quot;docker.io&quot;.</extracomment>
        <translation>Ajoute Docker Hub (%1). Docker Hub ne liste pas ses dépôts&#xa0;: ajoutez ceux que vous utilisez, ou connectez-vous pour voir les vôtres.</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="61"/>
        <source>Adds %1, a registry on this computer (plain HTTP is allowed without opting in).</source>
        <translation>Ajoute %1, un registre sur cet ordinateur (le HTTP simple est permis sans l’activer explicitement).</translation>
    </message>
    <message>
        <location filename="../app/AddRegistryDialog.cpp" line="65"/>
        <source>Adds %1</source>
        <translation>Ajoute %1</translation>
    </message>
</context>
<context>
    <name>Wharf::AddRepositoryDialog</name>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="15"/>
        <source>Add a Repository</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="16"/>
        <source>Some registries (GitLab, Docker Hub) do not list their repositories. Give the path of one you use; Wharf remembers it and lists its tags.</source>
        <translation>Certains registres (GitLab, Docker Hub) ne listent pas leurs dépôts. Donnez le chemin d’un dépôt que vous utilisez&#x202f;; Wharf le retient et liste ses tags.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="23"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="28"/>
        <source>group/project/image, e.g. cms-cloud/cmssw-docker/cc7-cms</source>
        <translation>groupe/projet/image, par exemple cms-cloud/cmssw-docker/cc7-cms</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="30"/>
        <source>Repository path</source>
        <translation>Chemin du dépôt</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="33"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="35"/>
        <source>Repository &amp;path:</source>
        <extracomment>The path of a repository inside a registry: &quot;group/project/image&quot;.</extracomment>
        <translation>&amp;Chemin du dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="75"/>
        <source>Add a registry first.</source>
        <translation>Ajoutez d’abord un registre.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="78"/>
        <source>The path after the registry name in an image name: for %1/group/project/image:tag it is group/project/image.</source>
        <translation>Le chemin qui suit le nom du registre dans un nom d’image&#xa0;: pour %1/groupe/projet/image:tag, c’est groupe/projet/image.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="85"/>
        <source>This is not a repository path: %1</source>
        <translation>Ce n’est pas un chemin de dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="91"/>
        <source>This names a repository on %1, not on %2.</source>
        <translation>Ceci désigne un dépôt sur %1, pas sur %2.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="94"/>
        <source>Give the repository without a tag or digest (%1): Wharf lists its tags.</source>
        <translation>Indiquez le dépôt sans tag ni empreinte (%1)&#xa0;: Wharf liste ses tags.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="98"/>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/AddRepositoryDialog.cpp" line="103"/>
        <source>Adds %1</source>
        <extracomment>%1 is the full repository name: &quot;gitlab-registry.cern.ch/cms-cloud/cc7-cms&quot;.</extracomment>
        <translation>Ajoute %1</translation>
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
        <translation>AppArmor n’existe que sous Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="28"/>
        <source>AppArmor is not enabled on this computer.</source>
        <translation>AppArmor n’est pas activé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="29"/>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="35"/>
        <source>AppArmor is switched off on this computer.</source>
        <translation>AppArmor est désactivé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="42"/>
        <source>AppArmor is on: Docker&apos;s default profile forbids mounting inside a container, so images that mount CVMFS themselves (FUSE) need `--security-opt apparmor=unconfined`. Host mount, the automounter and Apptainer are not affected.</source>
        <translation>AppArmor est actif&#xa0;: le profil par défaut de Docker interdit de monter dans un conteneur, donc les images qui montent CVMFS elles-mêmes (FUSE) ont besoin de `--security-opt apparmor=unconfined`. Le montage de l’hôte, l’automounter et Apptainer ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="45"/>
        <source>%1: Y (enabled)</source>
        <translation>%1&#xa0;: Y (activé)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="47"/>
        <source>For the container that mounts CVMFS with FUSE only: add `--security-opt apparmor=unconfined` next to `--cap-add SYS_ADMIN --device /dev/fuse` (Wharf&apos;s FUSE strategy does this on AppArmor hosts).</source>
        <translation>Pour le conteneur qui monte CVMFS avec FUSE uniquement&#xa0;: ajoutez `--security-opt apparmor=unconfined` à côté de `--cap-add SYS_ADMIN --device /dev/fuse` (la stratégie FUSE de Wharf le fait sur les hôtes avec AppArmor).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AppArmorCheck.cpp" line="49"/>
        <source>Or use the host mount or the automounter container, which need no mount inside the container.</source>
        <translation>Ou utilisez le montage de l’hôte ou le conteneur automounter, qui n’ont besoin d’aucun montage dans le conteneur.</translation>
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
        <translation>Apptainer ne fonctionne que sous Linux&#xa0;: utilisez-le sur lxplus ou dans une machine virtuelle Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="43"/>
        <source>Apptainer is not installed.</source>
        <translation>Apptainer n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="44"/>
        <source>apptainer, singularity: not found on the PATH (%1)</source>
        <translation>apptainer, singularity&#xa0;: introuvables dans le PATH (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="47"/>
        <source>RHEL, Alma, Rocky, Fedora: `sudo dnf install epel-release` (not on Fedora), then `sudo dnf install apptainer`.</source>
        <translation>RHEL, Alma, Rocky, Fedora&#xa0;: `sudo dnf install epel-release` (pas sur Fedora), puis `sudo dnf install apptainer`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="49"/>
        <source>Debian, Ubuntu: the .deb of the latest release from https://github.com/apptainer/apptainer/releases (`sudo apt-get install ./apptainer_*.deb`), or the PPA on Ubuntu (`sudo add-apt-repository ppa:apptainer/ppa &amp;&amp; sudo apt-get install apptainer`).</source>
        <translation>Debian, Ubuntu&#xa0;: le .deb de la dernière version sur https://github.com/apptainer/apptainer/releases (`sudo apt-get install ./apptainer_*.deb`), ou le PPA sur Ubuntu (`sudo add-apt-repository ppa:apptainer/ppa &amp;&amp; sudo apt-get install apptainer`).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="53"/>
        <source>Without installing, on a computer with CVMFS: /cvmfs/oasis.opensciencegrid.org/mis/apptainer/current/bin/apptainer.</source>
        <translation>Sans installation, sur un ordinateur avec CVMFS&#xa0;: /cvmfs/oasis.opensciencegrid.org/mis/apptainer/current/bin/apptainer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="55"/>
        <source>On lxplus it is already installed. Docker or Podman with an image works too.</source>
        <translation>Sur lxplus, il est déjà installé. Docker ou Podman avec une image fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="62"/>
        <source>No command runner is available.</source>
        <translation>Aucun exécuteur de commandes n’est disponible.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="91"/>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="115"/>
        <source>%1 --version: %2</source>
        <translation>%1 --version&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="92"/>
        <source>%1 does not tell its version.</source>
        <translation>%1 n’indique pas sa version.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="93"/>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="110"/>
        <source>Run `%1 --version` yourself; a broken installation needs reinstalling.</source>
        <translation>Lancez `%1 --version` vous-même&#x202f;; une installation cassée doit être réinstallée.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="102"/>
        <source>%1 --version: exit code %2, &quot;%3&quot;</source>
        <translation>%1 --version&#xa0;: code de sortie %2, «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="108"/>
        <source>The version of %1 cannot be read.</source>
        <translation>La version de %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="122"/>
        <source>Log in to a registry with this version: %1</source>
        <translation>Connexion à un registre avec cette version&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="124"/>
        <source>This version has no registry login command: it reads SINGULARITY_DOCKER_USERNAME and SINGULARITY_DOCKER_PASSWORD from the environment.</source>
        <translation>Cette version n’a pas de commande de connexion aux registres&#xa0;: elle lit SINGULARITY_DOCKER_USERNAME et SINGULARITY_DOCKER_PASSWORD dans l’environnement.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="130"/>
        <source>%1 %2 is old: it cannot convert some CMS images (&quot;failed to make environment dirs&quot;) and cannot log in to registries.</source>
        <translation>%1 %2 est ancien&#xa0;: il ne peut pas convertir certaines images CMS («&#xa0;failed to make environment dirs&#xa0;») et ne peut pas se connecter aux registres.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="134"/>
        <source>Install a current Apptainer (see apptainer.org), or run the images from /cvmfs/unpacked.cern.ch, which need no conversion.</source>
        <translation>Installez un Apptainer récent (voir apptainer.org), ou lancez les images depuis /cvmfs/unpacked.cern.ch, qui n’ont besoin d’aucune conversion.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="156"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="158"/>
        <source>cache directory (%1): %2</source>
        <translation>dossier de cache (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="165"/>
        <source>The cache directory is on AFS: converting images there is slow, fails on AFS permissions, and fills the AFS quota.</source>
        <translation>Le dossier de cache est sur AFS&#xa0;: y convertir des images est lent, échoue sur les permissions AFS et remplit le quota AFS.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="168"/>
        <source>Put the cache on a local disk: `export %1=/tmp/$USER/apptainer-cache` (add it to ~/.bashrc), or on EOS if /tmp is too small.</source>
        <translation>Mettez le cache sur un disque local&#xa0;: `export %1=/tmp/$USER/apptainer-cache` (ajoutez-le à ~/.bashrc), ou sur EOS si /tmp est trop petit.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="177"/>
        <source>%1 %2 is installed.</source>
        <translation>%1 %2 est installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ApptainerCheck.cpp" line="178"/>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
</context>
<context>
    <name>Wharf::ApptainerPlanner</name>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="56"/>
        <source>Apptainer (or Singularity) is installed.</source>
        <translation>Apptainer (ou Singularity) est installé.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="59"/>
        <source>The %1 command is installed.</source>
        <translation>La commande %1 est installée.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="69"/>
        <source>CVMFS is installed on this computer (%1 exists).</source>
        <translation>CVMFS est installé sur cet ordinateur (%1 existe).</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="74"/>
        <source>The CVMFS repository %1 answers.</source>
        <translation>Le dépôt CVMFS %1 répond.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="89"/>
        <source>The image %1 exists.</source>
        <translation>L’image %1 existe.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="99"/>
        <source>The %1 cache (%2) is on AFS, where image layers are slow to write and exhaust the AFS quota. This launch caches in %3 instead (%4_CACHEDIR); set it in your shell profile to make it permanent.</source>
        <translation>Le cache de %1 (%2) est sur AFS, où les couches d’images sont lentes à écrire et épuisent le quota AFS. Ce lancement utilise plutôt %3 comme cache (%4_CACHEDIR)&#x202f;; définissez-le dans le profil de votre shell pour le rendre permanent.</translation>
    </message>
    <message>
        <location filename="../core/launch/ApptainerPlanner.cpp" line="111"/>
        <source>The platform %1 is ignored: %2 runs images for this computer&apos;s own architecture.</source>
        <translation>La plateforme %1 est ignorée&#xa0;: %2 lance les images pour l’architecture propre à cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Wharf::AuthConfigFile</name>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="48"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="99"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="345"/>
        <source>Login file</source>
        <translation>Fichier de connexion</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="57"/>
        <source>%1 %2 is not a regular file, so Wharf does not read it.</source>
        <translation>%1 %2 n’est pas un fichier ordinaire, donc Wharf ne le lit pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="62"/>
        <source>%1 %2 is larger than 1 MiB, so Wharf does not read it. A login file is a few kilobytes: check what wrote to it.</source>
        <translation>%1 %2 dépasse 1 Mio, donc Wharf ne le lit pas. Un fichier de connexion fait quelques kilo-octets&#xa0;: vérifiez ce qui y a écrit.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="70"/>
        <source>Cannot read %1 %2: %3</source>
        <translation>Impossible de lire %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="76"/>
        <source>%1 %2 is larger than 1 MiB, so Wharf does not read it.</source>
        <translation>%1 %2 dépasse 1 Mio, donc Wharf ne le lit pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="98"/>
        <source>(no file)</source>
        <translation>(aucun fichier)</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="109"/>
        <source>%1 %2 is not valid JSON (%3 at byte %4). Fix or remove the file.</source>
        <translation>%1 %2 n’est pas du JSON valide (%3 à l’octet %4). Corrigez ou supprimez le fichier.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="116"/>
        <source>%1 %2 does not hold a JSON object.</source>
        <translation>%1 %2 ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="121"/>
        <source>In %1 %2, “%3” is not %4, so Wharf does not use the file.</source>
        <translation>Dans %1 %2, «&#xa0;%3&#xa0;» n’est pas %4, donc Wharf n’utilise pas le fichier.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="126"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="128"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="130"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="143"/>
        <source>The credHelpers entry “%1” is not a registry and a helper name; it is ignored.</source>
        <translation>L’entrée credHelpers «&#xa0;%1&#xa0;» n’est pas un registre et un nom d’assistant&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="162"/>
        <source>The auths key “%1” names no registry; it is ignored.</source>
        <translation>La clé auths «&#xa0;%1&#xa0;» ne désigne aucun registre&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="164"/>
        <source>The login for %1 is not a JSON object; it is ignored.</source>
        <translation>La connexion pour %1 n’est pas un objet JSON&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="168"/>
        <source>The login for %1 has a “%2” that is not a string; it is ignored.</source>
        <translation>La connexion pour %1 a un «&#xa0;%2&#xa0;» qui n’est pas une chaîne&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="180"/>
        <source>The login for %1 has an “auth” that is not base64; it is ignored.</source>
        <translation>La connexion pour %1 a un «&#xa0;auth&#xa0;» qui n’est pas en base64&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="185"/>
        <source>The login for %1 has an “auth” without “:” between user and password; it is ignored.</source>
        <translation>La connexion pour %1 a un «&#xa0;auth&#xa0;» sans «&#xa0;:&#xa0;» entre l’utilisateur et le mot de passe&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="191"/>
        <source>The login for %1 has an “auth” with an empty user name; it is ignored.</source>
        <translation>La connexion pour %1 a un «&#xa0;auth&#xa0;» avec un nom d’utilisateur vide&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="211"/>
        <source>The login for %1 has a user name or a password, not both; it is ignored.</source>
        <translation>La connexion pour %1 a un nom d’utilisateur ou un mot de passe, pas les deux&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="215"/>
        <source>The login for %1 has control characters in it; it is ignored.</source>
        <translation>La connexion pour %1 contient des caractères de contrôle&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="347"/>
        <source>No file to save %1 to.</source>
        <translation>Aucun fichier où enregistrer %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="350"/>
        <source>Wharf could not read %1 %2, so it does not overwrite it.</source>
        <translation>Wharf n’a pas pu lire %1 %2, donc il ne l’écrase pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="365"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>Impossible de créer le dossier %1 pour %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="380"/>
        <location filename="../core/credentials/AuthConfigFile.cpp" line="387"/>
        <source>Cannot write %1 %2: %3</source>
        <translation>Impossible d’écrire %1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterContainerCheck</name>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="31"/>
        <source>The cvmfs-automounter container runs</source>
        <translation>Le conteneur cvmfs-automounter tourne</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="63"/>
        <source>%1: cannot list its containers: %2</source>
        <translation>%1&#xa0;: impossible de lister ses conteneurs&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="72"/>
        <source>%1: &quot;%2&quot; (%3) runs: %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» (%3) tourne&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="75"/>
        <source>%1: &quot;%2&quot; (%3) is %4: %5</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» (%3) est dans l’état %4&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="97"/>
        <source>The cvmfs-automounter container is not running: containers started with the automounter strategy have no /cvmfs.</source>
        <translation>Le conteneur cvmfs-automounter ne tourne pas&#xa0;: les conteneurs lancés avec la stratégie automounter n’ont pas de /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="99"/>
        <source>Start it again, then read its last lines if it stops at once (a missing /dev/fuse, a refused --privileged, no network to the CVMFS servers).</source>
        <translation>Redémarrez-le, puis lisez ses dernières lignes s’il s’arrête aussitôt (/dev/fuse absent, --privileged refusé, pas de réseau vers les serveurs CVMFS).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="105"/>
        <source>The cvmfs-automounter container runs.</source>
        <translation>Le conteneur cvmfs-automounter tourne.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="109"/>
        <source>No cvmfs-automounter container: only the automounter strategy uses one, and Wharf offers to start it when a launch needs it.</source>
        <translation>Aucun conteneur cvmfs-automounter&#xa0;: seule la stratégie automounter en utilise un, et Wharf propose de le démarrer quand un lancement en a besoin.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/AutomounterContainerCheck.cpp" line="111"/>
        <source>No engine answers, so no container could be looked at.</source>
        <translation>Aucun moteur ne répond, aucun conteneur n’a donc pu être examiné.</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterOffer</name>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="49"/>
        <source>Start the cvmfs-automounter…</source>
        <translation>Démarrer le cvmfs-automounter…</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="63"/>
        <source>The cvmfs-automounter cannot start here</source>
        <translation>Le cvmfs-automounter ne peut pas démarrer ici</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="70"/>
        <source>Start the cvmfs-automounter</source>
        <translation>Démarrer le cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="71"/>
        <source>Start the cvmfs-automounter container &quot;%1&quot; from %2?</source>
        <translation>Démarrer le conteneur cvmfs-automounter «&#xa0;%1&#xa0;» depuis %2&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="74"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="86"/>
        <source>Starting the cvmfs-automounter</source>
        <translation>Démarrage du cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="87"/>
        <source>Running %1. The first start downloads the image, which can take a minute.</source>
        <translation>Exécution de %1. Le premier démarrage télécharge l’image, ce qui peut prendre une minute.</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="90"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="100"/>
        <source>The cvmfs-automounter was not started</source>
        <translation>Le cvmfs-automounter n’a pas été démarré</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="107"/>
        <source>The cvmfs-automounter could not start</source>
        <translation>Le cvmfs-automounter n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="114"/>
        <source>The cvmfs-automounter is running</source>
        <translation>Le cvmfs-automounter est en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../app/AutomounterOffer.cpp" line="115"/>
        <source>It mounts each repository when a container first opens it. Launching again.</source>
        <translation>Il monte chaque dépôt la première fois qu’un conteneur l’ouvre. Nouveau lancement.</translation>
    </message>
</context>
<context>
    <name>Wharf::AutomounterStarter</name>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="126"/>
        <source>Cannot run %1 to start the cvmfs-automounter: install it, or start the container yourself with the command shown.</source>
        <translation>Impossible de lancer %1 pour démarrer le cvmfs-automounter&#xa0;: installez-le, ou démarrez le conteneur vous-même avec la commande affichée.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="142"/>
        <source>Starting the cvmfs-automounter took longer than %1 s and was stopped. Pulling its image may need a faster network; try again, or pull the image first.</source>
        <translation>Le démarrage du cvmfs-automounter a pris plus de %1 s et a été arrêté. Le téléchargement de son image demande peut-être un réseau plus rapide&#x202f;; réessayez, ou téléchargez d’abord l’image.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="169"/>
        <source>%1 crashed while starting the cvmfs-automounter.</source>
        <translation>%1 a planté pendant le démarrage du cvmfs-automounter.</translation>
    </message>
    <message>
        <location filename="../core/launch/AutomounterStarter.cpp" line="170"/>
        <source>The cvmfs-automounter could not be started (%1 ended with exit code %2).</source>
        <translation>Le cvmfs-automounter n’a pas pu être démarré (%1 s’est terminé avec le code de sortie %2).</translation>
    </message>
</context>
<context>
    <name>Wharf::BearerToken</name>
    <message>
        <location filename="../core/registry/BearerToken.cpp" line="31"/>
        <source>The registry&apos;s token service answered with something that is not a token.</source>
        <translation>Le service de jetons du registre a répondu par quelque chose qui n’est pas un jeton.</translation>
    </message>
</context>
<context>
    <name>Wharf::CacheFile</name>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="53"/>
        <source>The cache file would be too large.</source>
        <translation>Le fichier de cache serait trop grand.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="57"/>
        <source>Cannot create the cache folder &quot;%1&quot;. Check that it is writable, or remove the file that stands in its place.</source>
        <translation>Impossible de créer le dossier de cache «&#xa0;%1&#xa0;». Vérifiez qu’il est accessible en écriture, ou supprimez le fichier qui se trouve à sa place.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="67"/>
        <source>Cannot write the cache file &quot;%1&quot;: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Impossible d’écrire le fichier de cache «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="79"/>
        <source>The cache file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier de cache «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/base/CacheFile.cpp" line="89"/>
        <source>Cannot read the cache file &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire le fichier de cache «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckDetailsView</name>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="44"/>
        <source>What Wharf found</source>
        <translation>Ce que Wharf a trouvé</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="46"/>
        <location filename="../app/CheckDetailsView.cpp" line="67"/>
        <source>How to fix it</source>
        <translation>Comment y remédier</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="55"/>
        <source>Details of the check</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="61"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="63"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="65"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="66"/>
        <source>Evidence</source>
        <translation>Éléments constatés</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="68"/>
        <source>Why it happens</source>
        <translation>Pourquoi cela arrive</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="105"/>
        <source>Select a check to see what it found and how to fix it.</source>
        <translation>Sélectionnez une vérification pour voir ce qu’elle a trouvé et comment y remédier.</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="194"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="195"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="197"/>
        <source>Copy command %1</source>
        <translation>Copier la commande %1</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="198"/>
        <source>Copy this command, to paste it into a terminal</source>
        <translation>Copier cette commande, pour la coller dans un terminal</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="213"/>
        <source>Known problem: %1</source>
        <translation>Problème connu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/CheckDetailsView.cpp" line="218"/>
        <source>Read more: %1</source>
        <translation>En savoir plus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckGroup</name>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="34"/>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="35"/>
        <source>CVMFS</source>
        <translation>CVMFS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="37"/>
        <source>Host security</source>
        <translation>Sécurité de l’hôte</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="39"/>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="41"/>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="43"/>
        <source>Apptainer</source>
        <translation>Apptainer</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckGroup.cpp" line="44"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckProgressWidget</name>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="20"/>
        <location filename="../app/CheckProgressWidget.cpp" line="22"/>
        <source>Progress of the checks</source>
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="26"/>
        <source>Stop the checks that are still running</source>
        <translation>Arrêter les vérifications encore en cours</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWidget.cpp" line="27"/>
        <source>Cancel the checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CheckProgressWidget.cpp" line="63"/>
        <source>%1 of %n check done</source>
        <extracomment>Progress of the diagnostic checks: &quot;3 of 11 checks done&quot;</extracomment>
        <translation>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CheckProgressWidget.cpp" line="63"/>
        <source>%1 of %n checks done</source>
        <translation>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::CheckProgressWizardPage</name>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="29"/>
        <source>Checking this computer</source>
        <translation>Vérification de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="30"/>
        <source>Each check only reads; a check that hangs (a /cvmfs repository, a program) is given up after its time limit.</source>
        <translation>Chaque vérification ne fait que lire&#x202f;; une vérification qui bloque (un dépôt /cvmfs, un programme) est abandonnée après son délai.</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="34"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="64"/>
        <source>The checks are running. You can cancel them; the results so far are kept.</source>
        <translation>Les vérifications sont en cours. Vous pouvez les annuler&#x202f;; les résultats obtenus jusqu’ici sont gardés.</translation>
    </message>
    <message>
        <location filename="../app/CheckProgressWizardPage.cpp" line="86"/>
        <source>Done: %1. Next shows what to do about each problem.</source>
        <translation>Terminé&#xa0;: %1. Suivant montre quoi faire pour chaque problème.</translation>
    </message>
</context>
<context>
    <name>Wharf::CheckResultModel</name>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="80"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="81"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="82"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="125"/>
        <location filename="../core/models/CheckResultModel.cpp" line="188"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../core/models/CheckResultModel.cpp" line="126"/>
        <location filename="../core/models/CheckResultModel.cpp" line="188"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/CheckResultModel.cpp" line="195"/>
        <source>%1 of %n check done</source>
        <translation>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/CheckResultModel.cpp" line="195"/>
        <source>%1 of %n checks done</source>
        <translation>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::CheckRunner</name>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="75"/>
        <source>Cancelled before it answered.</source>
        <translation>Annulée avant de répondre.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="109"/>
        <source>No answer within %1 s.</source>
        <translation>Pas de réponse en %1 s.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="111"/>
        <source>The check did not answer within %1 s and was abandoned; something it reads (a /cvmfs repository, a program) hangs.</source>
        <translation>La vérification n’a pas répondu en %1 s et a été abandonnée&#x202f;; quelque chose qu’elle lit (un dépôt /cvmfs, un programme) bloque.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckRunner.cpp" line="115"/>
        <source>Run the check again; if it hangs again, look at the CVMFS checks first: a hung /cvmfs repository blocks every program that touches it.</source>
        <translation>Relancez la vérification&#x202f;; si elle bloque encore, regardez d’abord les vérifications CVMFS&#xa0;: un dépôt /cvmfs bloqué bloque tout programme qui y touche.</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="27"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="30"/>
        <source>Not applicable</source>
        <extracomment>A diagnostic check that does not concern this computer</extracomment>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CheckStatus.cpp" line="32"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Wharf::CmsswPlanner</name>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="34"/>
        <source>%1 &quot;%2&quot; contains a blank or one of * ? [. The cmssw-elN wrappers split and expand their options, so they cannot mount it. Use a folder whose path has none of them, or another strategy.</source>
        <translation>%1 «&#xa0;%2&#xa0;» contient un espace ou l’un de *&#x202f;? [. Les enveloppes cmssw-elN découpent et développent leurs options, elles ne peuvent donc pas le monter. Utilisez un dossier dont le chemin n’en contient aucun, ou une autre stratégie.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="48"/>
        <source>The command word &quot;%1&quot; contains a quote (&apos;), a line break or a non-ASCII character, which the cmssw-elN wrappers cannot pass on intact. Put the command in a script in the working folder and run the script.</source>
        <translation>Le mot de commande «&#xa0;%1&#xa0;» contient une apostrophe (&apos;), un saut de ligne ou un caractère non ASCII, que les enveloppes cmssw-elN ne peuvent pas transmettre intacts. Mettez la commande dans un script du dossier de travail et lancez le script.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="63"/>
        <source>The working folder</source>
        <translation>Le dossier de travail</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="66"/>
        <source>The CVMFS folder</source>
        <translation>Le dossier CVMFS</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="70"/>
        <source>The folder to mount</source>
        <translation>Le dossier à monter</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="74"/>
        <source>The path inside the container</source>
        <translation>Le chemin dans le conteneur</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="85"/>
        <source>The cmssw-elN wrappers run a one-word command as shell code, so &quot;%1&quot; would not run as one program. Give the program and its arguments as separate words.</source>
        <translation>Les enveloppes cmssw-elN exécutent une commande d’un seul mot comme du code shell, donc «&#xa0;%1&#xa0;» ne s’exécuterait pas comme un seul programme. Donnez le programme et ses arguments en mots séparés.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="110"/>
        <source>Apptainer (or Singularity) is installed: the cmssw-elN wrappers run it.</source>
        <translation>Apptainer (ou Singularity) est installé&#xa0;: les enveloppes cmssw-elN l’utilisent.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="120"/>
        <source>The CVMFS repository %1 answers.</source>
        <translation>Le dépôt CVMFS %1 répond.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="123"/>
        <source>The CMS wrapper %1 exists.</source>
        <translation>L’enveloppe CMS %1 existe.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="126"/>
        <source>The platform %1 is ignored: the cmssw-elN wrappers pick the image for this computer&apos;s own architecture.</source>
        <translation>La plateforme %1 est ignorée&#xa0;: les enveloppes cmssw-elN choisissent l’image pour l’architecture propre à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/launch/CmsswPlanner.cpp" line="131"/>
        <source>The cmssw-elN wrappers always start bash; the shell %1 is not used.</source>
        <translation>Les enveloppes cmssw-elN démarrent toujours bash&#x202f;; le shell %1 n’est pas utilisé.</translation>
    </message>
</context>
<context>
    <name>Wharf::CommandCall</name>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="77"/>
        <source>%1 is not installed or not on the PATH.</source>
        <translation>%1 n’est pas installé ou pas dans le PATH.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="80"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="88"/>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CommandCall.cpp" line="101"/>
        <source>%1 gave no answer within %2 s.</source>
        <translation>%1 n’a pas répondu en %2 s.</translation>
    </message>
</context>
<context>
    <name>Wharf::CommandEngines</name>
    <message>
        <location filename="../app/cli/CommandEngines.cpp" line="52"/>
        <source>No container engine answers. Podman is installed: start its service with &quot;systemctl --user start podman.socket&quot;, or open Wharf&apos;s window, which starts one for the session.</source>
        <translation>Aucun moteur de conteneurs ne répond. Podman est installé&#xa0;: démarrez son service avec «&#xa0;systemctl --user start podman.socket&#xa0;», ou ouvrez la fenêtre de Wharf, qui en démarre un pour la session.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandEngines.cpp" line="56"/>
        <source>No container engine answers. Install and start Docker or Podman (Debian/Ubuntu: &quot;sudo apt install podman&quot;).</source>
        <translation>Aucun moteur de conteneurs ne répond. Installez et démarrez Docker ou Podman (Debian/Ubuntu&#xa0;: «&#xa0;sudo apt install podman&#xa0;»).</translation>
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
        <translation>Utilisation&#xa0;: wharf [COMMANDE] [OPTIONS]

Sans commande, Wharf ouvre sa fenêtre.

Commandes&#xa0;:
  engines              Liste les moteurs de conteneurs que Wharf trouve&#xa0;: point
                       d’accès, comment il a été trouvé, version, et s’il répond
                       (ou pourquoi non).
  images [--engine NOM] [--json]
                       Liste les images de chaque moteur (ou d’un seul).
  diagnose [--symptom SYMPTÔME] [--json]
                       Cherche sur cet ordinateur ce qui empêche les conteneurs
                       de fonctionner avec CVMFS (FUSE, SELinux, propagation des
                       montages, partage de fichiers de Docker Desktop, ...) et
                       dit comment y remédier. Sort avec 1 quand une
                       vérification échoue. Symptômes&#xa0;: cvmfs-missing,
                       permission-denied, pull-fails, container-exits,
                       login-fails, other.
  explain [FICHIER] [--json]
                       Explique un message d’erreur lu dans FICHIER ou sur
                       l’entrée standard&#xa0;: ce qui s’est passé, pourquoi, et
                       comment y remédier. Sort avec 1 quand le message n’est
                       pas une erreur connue.
  launch [--strategy S] [--engine NOM] [--workdir DOSSIER] [--print] IMAGE [-- CMD...]
                       Ouvre un shell (ou lance CMD) dans un conteneur avec
                       /cvmfs et votre dossier de travail, dans ce terminal&#x202f;;
                       --print affiche la commande. «&#xa0;wharf launch --help&#xa0;» en
                       dit plus.
  registry login|logout|list|repos|tags|inspect ...
                       Connexion aux registres d’images (le secret va dans le
                       trousseau du système), liste des dépôts et des tags,
                       inspection d’images. «&#xa0;wharf registry --help&#xa0;» en dit
                       plus.
  unpacked list [--root DOSSIER] [--filter TEXTE] [--json]
                       Liste les images publiées sur unpacked.cern.ch&#xa0;: nom,
                       chemin, date de synchronisation, exécutable ou non.
  unpacked recipe RÉFÉRENCE
                       Affiche la ligne de recipe.yaml qui demande une image sur
                       unpacked.cern.ch. «&#xa0;wharf unpacked --help&#xa0;» en dit plus.

Options&#xa0;:
  --version            Affiche les versions de Wharf et de Qt.
  --help               Affiche cette aide.

Les moteurs sont trouvés par le paramètre du moteur, DOCKER_HOST, le contexte
docker actuel, CONTAINER_HOST et les sockets bien connus de Docker et de Podman.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="126"/>
        <source>wharf: unknown command &quot;%1&quot;.
</source>
        <translation>wharf&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerDetails</name>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="31"/>
        <source>the container details</source>
        <translation>les détails du conteneur</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="37"/>
        <source>The engine&apos;s container details are not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Les détails du conteneur envoyés par le moteur ne sont pas un objet JSON. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerDetails.cpp" line="48"/>
        <source>The engine&apos;s container details have no container ID.</source>
        <translation>Les détails du conteneur envoyés par le moteur n’ont pas d’ID de conteneur.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerDetailsPanel</name>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="36"/>
        <source>Container details</source>
        <translation>Détails du conteneur</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="72"/>
        <source>Select a container to see its details.</source>
        <translation>Sélectionnez un conteneur pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="104"/>
        <source>The engine no longer has this container: it was probably removed meanwhile.</source>
        <translation>Le moteur n’a plus ce conteneur&#xa0;: il a probablement été supprimé entre-temps.</translation>
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
        <translation>C’est le cvmfs-automounter.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="149"/>
        <source>It mounts CVMFS repositories on demand and shares them with every container started with the automounter strategy. Stopping or removing it takes /cvmfs away from all of them.</source>
        <translation>Il monte les dépôts CVMFS à la demande et les partage avec chaque conteneur démarré avec la stratégie automounter. L’arrêter ou le supprimer retire /cvmfs à tous ces conteneurs.</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="161"/>
        <source>%1 (exit code %2)</source>
        <extracomment>A stopped container&apos;s state and exit code: &quot;Exited (exit code 137)&quot;.</extracomment>
        <translation>%1 (code de sortie %2)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="162"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="165"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="167"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="170"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="173"/>
        <source>Created</source>
        <translation>Créée</translation>
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
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="181"/>
        <source>not started by Wharf</source>
        <translation>non démarré par Wharf</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="183"/>
        <source>Engine</source>
        <translation>Moteur</translation>
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
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="189"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="191"/>
        <source>Working directory</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="192"/>
        <source>not set (/)</source>
        <translation>non défini (/)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="194"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="195"/>
        <source>not set (root)</source>
        <translation>non défini (root)</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="196"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="198"/>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="207"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="213"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="219"/>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="221"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="229"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="229"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../app/ContainerDetailsPanel.cpp" line="241"/>
        <source>from %1, %2</source>
        <extracomment>A mount in the details: &quot;from /home/alice/analysis, read-only&quot;.</extracomment>
        <translation>depuis %1, %2</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerExecPlanner</name>
    <message>
        <location filename="../core/launch/ContainerExecPlanner.cpp" line="47"/>
        <source>&quot;%1&quot; is not a shell Wharf can start. Choose bash, zsh or sh.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un shell que Wharf peut démarrer. Choisissez bash, zsh ou sh.</translation>
    </message>
    <message>
        <location filename="../core/launch/ContainerExecPlanner.cpp" line="53"/>
        <source>&quot;%1&quot; cannot be the working directory in the container: it must be an absolute path.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le dossier de travail dans le conteneur&#xa0;: ce doit être un chemin absolu.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerListModel</name>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="99"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="100"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="101"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="102"/>
        <source>Uptime</source>
        <translation>Durée d’activité</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="103"/>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="104"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="163"/>
        <source>cvmfs-automounter</source>
        <translation>cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="208"/>
        <source>The cvmfs-automounter: it provides /cvmfs to every container started with the automounter strategy. Removing it takes /cvmfs away from all of them.</source>
        <translation>Le cvmfs-automounter&#xa0;: il fournit /cvmfs à chaque conteneur démarré avec la stratégie automounter. Le supprimer retire /cvmfs à tous ces conteneurs.</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="216"/>
        <source>Provides /cvmfs to the containers started with the automounter strategy</source>
        <translation>Fournit /cvmfs aux conteneurs démarrés avec la stratégie automounter</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="220"/>
        <source>Not started by Wharf</source>
        <translation>Non démarré par Wharf</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="272"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="274"/>
        <source>tmpfs</source>
        <translation>tmpfs</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="275"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="275"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="283"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/models/ContainerListModel.cpp" line="295"/>
        <source>Host mount</source>
        <translation>Montage de l’hôte</translation>
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
        <translation>Enveloppe CMS</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerLogDecoder</name>
    <message>
        <location filename="../core/engine/ContainerLogDecoder.cpp" line="108"/>
        <source>The engine&apos;s log stream is not in the format Wharf expects; the rest of the log cannot be shown.</source>
        <translation>Le flux du journal envoyé par le moteur n’est pas au format attendu par Wharf&#x202f;; la suite du journal ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerLogView</name>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="43"/>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="44"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="45"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="52"/>
        <source>Log of %1 (%2)</source>
        <extracomment>Window title: the log of container %1 on engine %2 (&quot;Docker&quot;).</extracomment>
        <translation>Journal de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="60"/>
        <source>Container log</source>
        <translation>Journal du conteneur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainerLogView.cpp" line="67"/>
        <source>Show the last %n lines again and follow what the container writes</source>
        <translation>
            <numerusform>Réafficher la dernière ligne (%n) et suivre ce que le conteneur écrit</numerusform>
            <numerusform>Réafficher les %n dernières lignes et suivre ce que le conteneur écrit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="70"/>
        <source>Stop following the log; what is shown stays</source>
        <translation>Arrêter de suivre le journal&#x202f;; ce qui est affiché reste</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="72"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="96"/>
        <source>The engine went away: the log ends here.</source>
        <translation>Le moteur a disparu&#xa0;: le journal s’arrête ici.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="148"/>
        <source>Following the log of %1: new lines appear as it writes them.</source>
        <translation>Suivi du journal de %1&#xa0;: les nouvelles lignes apparaissent au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="265"/>
        <source>%1 stopped: the log ends here.</source>
        <translation>%1 s’est arrêté&#xa0;: le journal s’arrête ici.</translation>
    </message>
    <message>
        <location filename="../app/ContainerLogView.cpp" line="267"/>
        <source>Not following: press Follow to show the latest lines and follow again.</source>
        <translation>Suivi interrompu&#xa0;: appuyez sur Suivre pour afficher les dernières lignes et reprendre le suivi.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainerSummary</name>
    <message>
        <location filename="../core/engine/ContainerSummary.cpp" line="49"/>
        <source>the container list</source>
        <translation>la liste des conteneurs</translation>
    </message>
    <message>
        <location filename="../core/engine/ContainerSummary.cpp" line="55"/>
        <source>The engine&apos;s container list is not a JSON array. The endpoint may not be a Docker-compatible engine.</source>
        <translation>La liste des conteneurs envoyée par le moteur n’est pas un tableau JSON. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
</context>
<context>
    <name>Wharf::ContainersPage</name>
    <message>
        <location filename="../app/ContainersPage.cpp" line="52"/>
        <source>The cvmfs-automounter is not removed from here: every container started with the automounter strategy would lose /cvmfs. If you mean it, use &quot;Remove Automounter…&quot; in the context menu.</source>
        <translation>Le cvmfs-automounter ne se supprime pas d’ici&#xa0;: chaque conteneur démarré avec la stratégie automounter perdrait /cvmfs. Si c’est bien votre intention, utilisez «&#xa0;Supprimer l’automounter…&#xa0;» dans le menu contextuel.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="67"/>
        <source>Show stopped</source>
        <translation>Afficher les arrêtés</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="70"/>
        <location filename="../app/ContainersPage.cpp" line="95"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="71"/>
        <location filename="../app/ContainersPage.cpp" line="87"/>
        <source>Open Terminal</source>
        <translation>Ouvrir un terminal</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="92"/>
        <source>Open another terminal in the selected running container (Ctrl+T)</source>
        <translation>Ouvrir un autre terminal dans le conteneur en cours d’exécution sélectionné (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="99"/>
        <source>Show the selected container&apos;s log and follow it (Ctrl+Shift+L)</source>
        <translation>Afficher le journal du conteneur sélectionné et le suivre (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="102"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="105"/>
        <source>Start the selected stopped containers again, with the options they were created with</source>
        <translation>Redémarrer les conteneurs arrêtés sélectionnés, avec les options de leur création</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="109"/>
        <location filename="../app/ContainersPage.cpp" line="638"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="114"/>
        <source>Stop the selected containers: their programs get 10 seconds to end (Ctrl+Shift+S)</source>
        <translation>Arrêter les conteneurs sélectionnés&#xa0;: leurs programmes ont 10 secondes pour se terminer (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="117"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="123"/>
        <source>Remove Automounter…</source>
        <translation>Supprimer l’automounter…</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="129"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="135"/>
        <source>Copy Name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="147"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="159"/>
        <source>Filter by name, image, strategy or mount (Ctrl+F)</source>
        <translation>Filtrer par nom, image, stratégie ou montage (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="161"/>
        <source>Filter containers</source>
        <translation>Filtrer les conteneurs</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="166"/>
        <source>Show containers that have ended as well as the running ones</source>
        <translation>Afficher aussi les conteneurs terminés, en plus de ceux en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="170"/>
        <source>Show containers of</source>
        <translation>Afficher les conteneurs de</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="171"/>
        <source>All engines</source>
        <translation>Tous les moteurs</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="177"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="230"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="271"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;No containers yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Launch one from the &lt;a href=&quot;images&quot;&gt;Images page&lt;/a&gt;: pick an image, press Launch, and a terminal opens in it with /cvmfs. Its container shows up here.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;Pas encore de conteneur&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lancez-en un depuis la &lt;a href=&quot;images&quot;&gt;page Images&lt;/a&gt;&#xa0;: choisissez une image, appuyez sur Lancer, et un terminal s’y ouvre avec /cvmfs. Son conteneur apparaît ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="311"/>
        <source>%1 stopped answering</source>
        <translation>%1 ne répond plus</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="313"/>
        <source>Its containers are shown as last seen. Wharf reconnects as soon as the engine is back.</source>
        <translation>Ses conteneurs sont affichés tels que vus la dernière fois. Wharf se reconnecte dès que le moteur revient.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="379"/>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="428"/>
        <source>Select one running container to open a terminal in it (Ctrl+T)</source>
        <translation>Sélectionnez un conteneur en cours d’exécution pour y ouvrir un terminal (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="431"/>
        <source>%1 is not running: a terminal can only open in a running container</source>
        <translation>%1 n’est pas en cours d’exécution&#xa0;: un terminal ne peut s’ouvrir que dans un conteneur en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="443"/>
        <source>Remove the selected containers (Delete)</source>
        <translation>Supprimer les conteneurs sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="513"/>
        <source>Cannot open a terminal in %1</source>
        <translation>Impossible d’ouvrir un terminal dans %1</translation>
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
        <translation>La commande dans le terminal s’est terminée aussitôt (%1).</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="552"/>
        <source>The command in the terminal ended at once (%1): %2</source>
        <translation>La commande dans le terminal s’est terminée aussitôt (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="598"/>
        <source>Cannot start %1</source>
        <translation>Impossible de démarrer %1</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="619"/>
        <source>Cannot stop %1</source>
        <translation>Impossible d’arrêter %1</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="633"/>
        <source>Stop the cvmfs-automounter</source>
        <translation>Arrêter le cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="634"/>
        <source>Stop the cvmfs-automounter &quot;%1&quot;?</source>
        <translation>Arrêter le cvmfs-automounter «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="635"/>
        <source>Every container started with the automounter strategy loses /cvmfs until it runs again: the software under /cvmfs disappears from their terminals and jobs that use it fail.</source>
        <translation>Chaque conteneur démarré avec la stratégie automounter perd /cvmfs jusqu’à ce qu’il redémarre&#xa0;: les logiciels sous /cvmfs disparaissent de leurs terminaux et les tâches qui les utilisent échouent.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="650"/>
        <source>The cvmfs-automounter stays</source>
        <translation>Le cvmfs-automounter reste</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="657"/>
        <source>%1 (running)</source>
        <translation>%1 (en cours d’exécution)</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="661"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainersPage.cpp" line="662"/>
        <source>Remove %n containers?</source>
        <translation>
            <numerusform>Supprimer %n conteneur&#x202f;?</numerusform>
            <numerusform>Supprimer %n conteneurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ContainersPage.cpp" line="665"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="667"/>
        <source>A running container is stopped first: whatever runs in it ends, and terminals open in it close. </source>
        <translation>Un conteneur en cours d’exécution est d’abord arrêté&#xa0;: ce qui s’y exécute se termine, et les terminaux ouverts dedans se ferment. </translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="671"/>
        <source>What was written inside the container is lost; files in mounted folders stay.</source>
        <translation>Ce qui a été écrit dans le conteneur est perdu&#x202f;; les fichiers des dossiers montés restent.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="672"/>
        <source>Remove Containers</source>
        <translation>Supprimer des conteneurs</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="672"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="684"/>
        <source>Remove the cvmfs-automounter</source>
        <translation>Supprimer le cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="685"/>
        <source>Remove the cvmfs-automounter &quot;%1&quot;?</source>
        <translation>Supprimer le cvmfs-automounter «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="686"/>
        <source>Every container started with the automounter strategy loses /cvmfs: the software under /cvmfs disappears from their terminals and jobs that use it fail. A new launch with the automounter strategy offers to start it again.</source>
        <translation>Chaque conteneur démarré avec la stratégie automounter perd /cvmfs&#xa0;: les logiciels sous /cvmfs disparaissent de leurs terminaux et les tâches qui les utilisent échouent. Un nouveau lancement avec la stratégie automounter propose de le redémarrer.</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="691"/>
        <source>Remove Automounter</source>
        <translation>Supprimer l’automounter</translation>
    </message>
    <message>
        <location filename="../app/ContainersPage.cpp" line="707"/>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialExporter</name>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="50"/>
        <source>On Debian and Ubuntu it comes with the package golang-docker-credential-helpers; on other systems install docker-credential-helpers (docker-credential-secretservice) from the distribution or from the docker-credential-helpers project.</source>
        <translation>Sous Debian et Ubuntu, il est fourni par le paquet golang-docker-credential-helpers&#x202f;; sur d’autres systèmes, installez docker-credential-helpers (docker-credential-secretservice) depuis la distribution ou depuis le projet docker-credential-helpers.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="55"/>
        <source>It comes with Docker Desktop, or with Homebrew&apos;s docker-credential-helper package.</source>
        <translation>Il est fourni avec Docker Desktop, ou avec le paquet docker-credential-helper de Homebrew.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="58"/>
        <source>It comes with Docker Desktop, or from the docker-credential-helpers project&apos;s releases.</source>
        <translation>Il est fourni avec Docker Desktop, ou dans les versions publiées du projet docker-credential-helpers.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="72"/>
        <source>Docker&apos;s configuration file</source>
        <translation>Le fichier de configuration de Docker</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="73"/>
        <source>Podman&apos;s auth file</source>
        <translation>Le fichier d’authentification de Podman</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="151"/>
        <source>Podman reads %1 first and cannot read it, so it will fail before it gets to this file: fix or remove %1.</source>
        <translation>Podman lit d’abord %1 et ne peut pas le lire, donc il échouera avant d’arriver à ce fichier&#xa0;: corrigez ou supprimez %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="163"/>
        <source>But Podman reads %1 first, which sends logins for %2 to docker-credential-%3: Podman will use that one.</source>
        <translation>Mais Podman lit d’abord %1, qui envoie les connexions pour %2 à docker-credential-%3&#xa0;: Podman utilisera celle-là.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="169"/>
        <source>But Podman reads %1 first, which holds a login for %2 in clear: Podman will use that one until you remove it (podman logout --authfile %1 %2).</source>
        <translation>Mais Podman lit d’abord %1, qui contient en clair une connexion pour %2&#xa0;: Podman utilisera celle-là tant que vous ne l’aurez pas supprimée (podman logout --authfile %1 %2).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="185"/>
        <source>“%1” is not a registry address (HOST or HOST:PORT).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de registre (HÔTE ou HÔTE:PORT).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="201"/>
        <source>In %1 %2, the credHelpers entry for %3 is not a helper name. Fix the file; Wharf does not change it.</source>
        <translation>Dans %1 %2, l’entrée credHelpers pour %3 n’est pas un nom d’assistant. Corrigez le fichier&#x202f;; Wharf ne le modifie pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="214"/>
        <source>%1 %2 names “%3” as the credential helper for %4, which is not a helper name (only letters, digits, “.”, “_” and “-”). Fix the file; Wharf does not use it.</source>
        <translation>%1 %2 désigne «&#xa0;%3&#xa0;» comme assistant d’identification pour %4, ce qui n’est pas un nom d’assistant (uniquement des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»). Corrigez le fichier&#x202f;; Wharf ne l’utilise pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="223"/>
        <source>%1 %2 sends logins for %3 to %4, which is not installed (not on the PATH). Install it, or remove it from the file. Wharf does not write the secret in clear instead.</source>
        <translation>%1 %2 envoie les connexions pour %3 à %4, qui n’est pas installé (absent du PATH). Installez-le, ou retirez-le du fichier. Wharf n’écrit pas le secret en clair à la place.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="238"/>
        <source>%1 %2 names no credential helper for %3, and %4, which keeps logins in the system keychain, is not installed (not on the PATH). Wharf does not write the secret in clear: install the helper and try again.</source>
        <translation>%1 %2 ne désigne aucun assistant d’identification pour %3, et %4, qui garde les connexions dans le trousseau du système, n’est pas installé (absent du PATH). Wharf n’écrit pas le secret en clair&#xa0;: installez l’assistant et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="255"/>
        <source>%1 %2 will send logins for %3 to %4, which keeps them in the system keychain.</source>
        <translation>%1 %2 enverra les connexions pour %3 à %4, qui les garde dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="258"/>
        <source>%1 %2 will send logins for %3 to %4.</source>
        <translation>%1 %2 enverra les connexions pour %3 à %4.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="262"/>
        <source>%1 %2 already sends logins for %3 to %4: the login will be stored there, in the system keychain.</source>
        <translation>%1 %2 envoie déjà les connexions pour %3 à %4&#xa0;: la connexion y sera enregistrée, dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="265"/>
        <source>%1 %2 already sends logins for %3 to %4: the login will be stored there.</source>
        <translation>%1 %2 envoie déjà les connexions pour %3 à %4&#xa0;: la connexion y sera enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="271"/>
        <source>The password the file now holds in clear for %1 will be removed from it.</source>
        <translation>Le mot de passe que le fichier contient actuellement en clair pour %1 en sera retiré.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="322"/>
        <source>Wharf has no login for %1 to share with %2: log in first.</source>
        <translation>Wharf n’a pas de connexion pour %1 à partager avec %2&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="329"/>
        <source>The login is for %1, not %2: nothing was shared.</source>
        <translation>La connexion est pour %1, pas pour %2&#xa0;: rien n’a été partagé.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="344"/>
        <source>%1 changed since Wharf read it: %2 Look at the change again before sharing.</source>
        <translation>%1 a changé depuis que Wharf l’a lu&#xa0;: %2 Revoyez la modification avant de partager.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="379"/>
        <source>%1 Nothing was shared with %2.</source>
        <translation>%1 Rien n’a été partagé avec %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="393"/>
        <source>The login for %1 is now kept by docker-credential-%2, but the password %3 holds in clear could not be removed from it: %4</source>
        <translation>La connexion pour %1 est maintenant gardée par docker-credential-%2, mais le mot de passe que %3 contient en clair n’a pas pu en être retiré&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialExporter.cpp" line="402"/>
        <source>The login for %1 is now kept by docker-credential-%2, but %3 could not be read again to remove the password it holds in clear.</source>
        <translation>La connexion pour %1 est maintenant gardée par docker-credential-%2, mais %3 n’a pas pu être relu pour en retirer le mot de passe qu’il contient en clair.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialHelperCall</name>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="53"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>L’assistant d’identification %1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="64"/>
        <source>The credential helper %1 crashed.</source>
        <translation>L’assistant d’identification %1 a planté.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="76"/>
        <source>The credential helper %1 gave no answer within %2 s. Check that its keychain is unlocked and answers, then try again.</source>
        <translation>L’assistant d’identification %1 n’a pas répondu en %2 s. Vérifiez que son trousseau est déverrouillé et répond, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperCall.cpp" line="102"/>
        <source>The credential helper %1 printed more than 1 MiB; that is not a credential helper&apos;s answer.</source>
        <translation>L’assistant d’identification %1 a affiché plus de 1 Mio&#x202f;; ce n’est pas la réponse d’un assistant d’identification.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialHelperClient</name>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="82"/>
        <source>No registry address to give to the credential helper %1.</source>
        <translation>Aucune adresse de registre à donner à l’assistant d’identification %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="96"/>
        <source>“%1” is not the name of a credential helper (docker-credential-NAME): a name has only letters, digits, “.”, “_” and “-”. Check credsStore and credHelpers in Docker&apos;s config.json.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom d’un assistant d’identification (docker-credential-NOM)&#xa0;: un nom ne contient que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;». Vérifiez credsStore et credHelpers dans le config.json de Docker.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="105"/>
        <source>The credential helper %1 is not installed or not on the PATH. Install it, or remove it from credsStore/credHelpers in Docker&apos;s config.json.</source>
        <translation>L’assistant d’identification %1 n’est pas installé ou pas dans le PATH. Installez-le, ou retirez-le de credsStore/credHelpers dans le config.json de Docker.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="141"/>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="179"/>
        <source>The credential helper %1 has no login for %2.</source>
        <translation>L’assistant d’identification %1 n’a pas de connexion pour %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="145"/>
        <source>The credential helper %1 could not read the login for %2.</source>
        <translation>L’assistant d’identification %1 n’a pas pu lire la connexion pour %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="148"/>
        <source>The credential helper %1 could not save the login for %2.</source>
        <translation>L’assistant d’identification %1 n’a pas pu enregistrer la connexion pour %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="151"/>
        <source>The credential helper %1 could not remove the login for %2.</source>
        <translation>L’assistant d’identification %1 n’a pas pu supprimer la connexion pour %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="154"/>
        <source>The credential helper %1 could not list its logins.</source>
        <translation>L’assistant d’identification %1 n’a pas pu lister ses connexions.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="156"/>
        <source>It said: %1</source>
        <translation>Il a dit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="184"/>
        <source>The credential helper %1 answered with something that is not a login.</source>
        <translation>L’assistant d’identification %1 a répondu par quelque chose qui n’est pas une connexion.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="205"/>
        <source>A username and a password are needed to save a login with %1.</source>
        <translation>Un nom d’utilisateur et un mot de passe sont nécessaires pour enregistrer une connexion avec %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialHelperClient.cpp" line="259"/>
        <source>The credential helper %1 answered “list” with something that is not a list of logins.</source>
        <translation>L’assistant d’identification %1 a répondu à «&#xa0;list&#xa0;» par quelque chose qui n’est pas une liste de connexions.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialImporter</name>
    <message>
        <location filename="../core/credentials/CredentialImporter.cpp" line="203"/>
        <source>%1 no longer holds a login for %2.</source>
        <translation>%1 ne contient plus de connexion pour %2.</translation>
    </message>
</context>
<context>
    <name>Wharf::CredentialStore</name>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="58"/>
        <source>Give a username for %1 (without control characters).</source>
        <translation>Indiquez un nom d’utilisateur pour %1 (sans caractères de contrôle).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="61"/>
        <source>Give a password or token for %1 (a NUL character cannot be kept).</source>
        <translation>Indiquez un mot de passe ou un jeton pour %1 (un caractère NUL ne peut pas être gardé).</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="148"/>
        <source>You are not logged in to %1.</source>
        <translation>Vous n’êtes pas connecté à %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="195"/>
        <source>No password is kept for %1 (user %2): log in again.</source>
        <translation>Aucun mot de passe n’est gardé pour %1 (utilisateur %2)&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="243"/>
        <source>%1 is not in the list of registries.</source>
        <translation>%1 n’est pas dans la liste des registres.</translation>
    </message>
    <message>
        <location filename="../core/credentials/CredentialStore.cpp" line="246"/>
        <source>%1 is already in the list of registries.</source>
        <translation>%1 est déjà dans la liste des registres.</translation>
    </message>
</context>
<context>
    <name>Wharf::CvmfsClientCheck</name>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="15"/>
        <source>CVMFS client tools</source>
        <translation>Outils client CVMFS</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="22"/>
        <source>There is no CVMFS client for Windows.</source>
        <translation>Il n’existe pas de client CVMFS pour Windows.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="29"/>
        <source>The CVMFS client is installed.</source>
        <translation>Le client CVMFS est installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="30"/>
        <source>cvmfs_config: %1</source>
        <translation>cvmfs_config&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="35"/>
        <source>The CVMFS client is not installed: this computer cannot mount /cvmfs itself.</source>
        <translation>Le client CVMFS n’est pas installé&#xa0;: cet ordinateur ne peut pas monter /cvmfs lui-même.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="38"/>
        <source>cvmfs_config: not found on the PATH (%1)</source>
        <translation>cvmfs_config&#xa0;: introuvable dans le PATH (%1)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="41"/>
        <source>Install the CVMFS package for macOS from https://cernvm.cern.ch/fs/ (it needs macFUSE), then `sudo cvmfs_config setup`. Docker Desktop cannot see host FUSE mounts: containers then need an image that mounts CVMFS itself.</source>
        <translation>Installez le paquet CVMFS pour macOS depuis https://cernvm.cern.ch/fs/ (il a besoin de macFUSE), puis `sudo cvmfs_config setup`. Docker Desktop ne voit pas les montages FUSE de l’hôte&#xa0;: les conteneurs ont alors besoin d’une image qui monte CVMFS elle-même.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="49"/>
        <source>Debian/Ubuntu: install the CernVM repository package (`cvmfs-release-latest_all.deb` from https://cvmrepo.s3.cern.ch/cvmrepo/apt/), then `sudo apt-get update &amp;&amp; sudo apt-get install cvmfs cvmfs-config-default`.</source>
        <translation>Debian/Ubuntu&#xa0;: installez le paquet du dépôt CernVM (`cvmfs-release-latest_all.deb` depuis https://cvmrepo.s3.cern.ch/cvmrepo/apt/), puis `sudo apt-get update &amp;&amp; sudo apt-get install cvmfs cvmfs-config-default`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="54"/>
        <source>RHEL/Alma/Fedora: `sudo dnf install https://cvmrepo.s3.cern.ch/cvmrepo/yum/cvmfs-release-latest.noarch.rpm`, then `sudo dnf install cvmfs cvmfs-config-default`.</source>
        <translation>RHEL/Alma/Fedora&#xa0;: `sudo dnf install https://cvmrepo.s3.cern.ch/cvmrepo/yum/cvmfs-release-latest.noarch.rpm`, puis `sudo dnf install cvmfs cvmfs-config-default`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="57"/>
        <source>Then `sudo cvmfs_config setup`; on a laptop put `CVMFS_REPOSITORIES=cms.cern.ch,unpacked.cern.ch` and `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, and check with `cvmfs_config probe`.</source>
        <translation>Puis `sudo cvmfs_config setup`&#x202f;; sur un portable, mettez `CVMFS_REPOSITORIES=cms.cern.ch,unpacked.cern.ch` et `CVMFS_HTTP_PROXY=DIRECT` dans /etc/cvmfs/default.local, et vérifiez avec `cvmfs_config probe`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsClientCheck.cpp" line="61"/>
        <source>Without installing: the CVMFS automounter container, or an image that mounts CVMFS itself.</source>
        <translation>Sans rien installer&#xa0;: le conteneur automounter de CVMFS, ou une image qui monte CVMFS elle-même.</translation>
    </message>
</context>
<context>
    <name>Wharf::CvmfsMountCheck</name>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="70"/>
        <source>/cvmfs and its repositories</source>
        <translation>/cvmfs et ses dépôts</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="98"/>
        <source>Windows has no /cvmfs; containers get CVMFS from a Linux engine or an image that mounts it itself.</source>
        <translation>Windows n’a pas de /cvmfs&#x202f;; les conteneurs obtiennent CVMFS d’un moteur Linux ou d’une image qui le monte elle-même.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="146"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1&#xa0;: pas de réponse en %2 s</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="148"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1&#xa0;: %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="150"/>
        <source>%1: exists but is not a directory</source>
        <translation>%1&#xa0;: existe mais n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="152"/>
        <source>%1: empty directory (answered in %2 ms)</source>
        <translation>%1&#xa0;: dossier vide (réponse en %2 ms)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="157"/>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="159"/>
        <source>%1: directory, entries: %2 (%3), answered in %4 ms</source>
        <translation>%1&#xa0;: dossier, entrées&#xa0;: %2 (%3), réponse en %4 ms</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="200"/>
        <source>CVMFS is not mounted on this computer: /cvmfs does not exist.</source>
        <translation>CVMFS n’est pas monté sur cet ordinateur&#xa0;: /cvmfs n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="203"/>
        <source>Install the CVMFS client on this computer (host mount): the packages `cvmfs` and `cvmfs-config-default` from the CernVM repository, then `sudo cvmfs_config setup`. On a laptop outside CERN put `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, then check with `cvmfs_config probe`.</source>
        <translation>Installez le client CVMFS sur cet ordinateur (montage de l’hôte)&#xa0;: les paquets `cvmfs` et `cvmfs-config-default` du dépôt CernVM, puis `sudo cvmfs_config setup`. Sur un portable hors du CERN, mettez `CVMFS_HTTP_PROXY=DIRECT` dans /etc/cvmfs/default.local, puis vérifiez avec `cvmfs_config probe`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="209"/>
        <source>Or, on Linux without installing anything: use the CVMFS automounter container, which mounts /cvmfs for the other containers (Wharf can start it; it needs extra privileges).</source>
        <translation>Ou, sous Linux sans rien installer&#xa0;: utilisez le conteneur automounter de CVMFS, qui monte /cvmfs pour les autres conteneurs (Wharf peut le démarrer&#x202f;; il a besoin de privilèges supplémentaires).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="212"/>
        <source>Or use an image that mounts CVMFS itself (it needs `--cap-add SYS_ADMIN --device /dev/fuse`), or run an image from /cvmfs/unpacked.cern.ch on a computer that has CVMFS (lxplus).</source>
        <translation>Ou utilisez une image qui monte CVMFS elle-même (elle a besoin de `--cap-add SYS_ADMIN --device /dev/fuse`), ou lancez une image de /cvmfs/unpacked.cern.ch sur un ordinateur qui a CVMFS (lxplus).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="226"/>
        <source>/cvmfs does not answer.</source>
        <translation>/cvmfs ne répond pas.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="227"/>
        <source>/cvmfs cannot be read.</source>
        <translation>/cvmfs ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="230"/>
        <source>Restart the automounter: `sudo systemctl restart autofs`, then look again with `ls /cvmfs/cms.cern.ch`.</source>
        <translation>Redémarrez l’automonteur&#xa0;: `sudo systemctl restart autofs`, puis regardez de nouveau avec `ls /cvmfs/cms.cern.ch`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="232"/>
        <source>If /cvmfs is the automounter container&apos;s mount, restart that container.</source>
        <translation>Si /cvmfs est le montage du conteneur automounter, redémarrez ce conteneur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="257"/>
        <source>%1 (no answer within %2 s)</source>
        <translation>%1 (pas de réponse en %2 s)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="259"/>
        <source>%1 (does not exist)</source>
        <translation>%1 (n’existe pas)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="260"/>
        <source>%1 (empty: not mounted)</source>
        <translation>%1 (vide&#xa0;: non monté)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="262"/>
        <source>%1 (its CVMFS client died)</source>
        <translation>%1 (son client CVMFS s’est arrêté)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="265"/>
        <source>%1 (too many levels of symbolic links)</source>
        <translation>%1 (trop de niveaux de liens symboliques)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="267"/>
        <source>%1 (not a directory)</source>
        <translation>%1 (pas un dossier)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="277"/>
        <source>/cvmfs is present (no repository chosen to look at).</source>
        <translation>/cvmfs est présent (aucun dépôt choisi à examiner).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="278"/>
        <source>/cvmfs answers: %1.</source>
        <translation>/cvmfs répond&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="285"/>
        <source>A CVMFS repository does not answer: %1.</source>
        <translation>Un dépôt CVMFS ne répond pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="286"/>
        <source>CVMFS repositories do not answer: %1.</source>
        <translation>Des dépôts CVMFS ne répondent pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="292"/>
        <source>The CVMFS client of that repository died (&quot;Transport endpoint is not connected&quot;): `sudo umount %1` so autofs mounts it again on the next access, then restart the containers that use it. If it happens again: `sudo cvmfs_config wipecache`.</source>
        <translation>Le client CVMFS de ce dépôt s’est arrêté («&#xa0;Transport endpoint is not connected&#xa0;»)&#xa0;: `sudo umount %1` pour qu’autofs le remonte au prochain accès, puis redémarrez les conteneurs qui l’utilisent. Si cela se reproduit&#xa0;: `sudo cvmfs_config wipecache`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="303"/>
        <source>&quot;Too many levels of symbolic links&quot;: /cvmfs is managed by autofs and was bound without propagation. Bind it with `-v /cvmfs:/cvmfs:rslave`, or run `ls /cvmfs/%1` on the host before starting the container.</source>
        <translation>«&#xa0;Too many levels of symbolic links&#xa0;»&#xa0;: /cvmfs est géré par autofs et a été lié sans propagation. Liez-le avec `-v /cvmfs:/cvmfs:rslave`, ou lancez `ls /cvmfs/%1` sur l’hôte avant de démarrer le conteneur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="312"/>
        <source>A repository that hangs cannot reach its servers: check the proxy (`CVMFS_HTTP_PROXY` in /etc/cvmfs/default.local; `DIRECT` on a laptop outside CERN), then `cvmfs_config probe %1`. If it stays stuck: `sudo cvmfs_config reload`, or `sudo systemctl restart autofs`.</source>
        <translation>Un dépôt qui bloque ne peut pas joindre ses serveurs&#xa0;: vérifiez le proxy (`CVMFS_HTTP_PROXY` dans /etc/cvmfs/default.local&#x202f;; `DIRECT` sur un portable hors du CERN), puis `cvmfs_config probe %1`. S’il reste bloqué&#xa0;: `sudo cvmfs_config reload`, ou `sudo systemctl restart autofs`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="321"/>
        <source>A repository that does not exist or is empty is not mounted: check that it is configured (`cvmfs_config showconfig %1`; the name must be in `CVMFS_REPOSITORIES` in /etc/cvmfs/default.local) and try `cvmfs_config probe %1`.</source>
        <translation>Un dépôt qui n’existe pas ou qui est vide n’est pas monté&#xa0;: vérifiez qu’il est configuré (`cvmfs_config showconfig %1`&#x202f;; le nom doit figurer dans `CVMFS_REPOSITORIES` dans /etc/cvmfs/default.local) et essayez `cvmfs_config probe %1`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="327"/>
        <source>If /cvmfs comes from the automounter container, check that it runs (`docker ps --filter name=cvmfs`), and bind /cvmfs into containers with :rslave so repositories mounted later show up.</source>
        <translation>Si /cvmfs vient du conteneur automounter, vérifiez qu’il tourne (`docker ps --filter name=cvmfs`), et liez /cvmfs dans les conteneurs avec&#xa0;:rslave pour que les dépôts montés plus tard apparaissent.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/CvmfsMountCheck.cpp" line="337"/>
        <source>Look at the repository on the host with `cvmfs_config probe %1` and `cvmfs_config stat -v %1`; the CVMFS log is in syslog (`journalctl -t cvmfs2`).</source>
        <translation>Examinez le dépôt sur l’hôte avec `cvmfs_config probe %1` et `cvmfs_config stat -v %1`&#x202f;; le journal de CVMFS est dans syslog (`journalctl -t cvmfs2`).</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnoseCommand</name>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="43"/>
        <source>Usage: wharf diagnose [--symptom SYMPTOM] [--json]
Symptoms: %1
</source>
        <translation>Utilisation&#xa0;: wharf diagnose [--symptom SYMPTÔME] [--json]
Symptômes&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="65"/>
        <source>Wharf diagnostics: %1</source>
        <translation>Diagnostic de Wharf&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="66"/>
        <source>Wharf diagnostics</source>
        <translation>Diagnostic de Wharf</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="86"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="96"/>
        <source>Summary: %1.</source>
        <translation>Résumé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="120"/>
        <source>wharf diagnose: --symptom needs a value.
</source>
        <translation>wharf diagnose&#xa0;: --symptom attend une valeur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="127"/>
        <source>wharf diagnose: unknown option &quot;%1&quot;.
</source>
        <translation>wharf diagnose&#xa0;: option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="132"/>
        <source>wharf diagnose: unknown symptom &quot;%1&quot;. Valid symptoms: %2.
</source>
        <translation>wharf diagnose&#xa0;: symptôme inconnu «&#xa0;%1&#xa0;». Symptômes valides&#xa0;: %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnoseCommand.cpp" line="157"/>
        <source>Running %1 checks...</source>
        <translation>Exécution de %1 vérifications...</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticReport</name>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="89"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="91"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="91"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
            <numerusform>%n sans objet</numerusform>
            <numerusform>%n sans objet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="96"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="146"/>
        <source>Wharf diagnostics report</source>
        <translation>Rapport de diagnostic de Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="148"/>
        <source>Wharf %1</source>
        <translation>Wharf %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="154"/>
        <source>symptom: %1</source>
        <translation>symptôme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="156"/>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="174"/>
        <source>Evidence:</source>
        <translation>Éléments constatés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="178"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticReport.cpp" line="192"/>
        <source>Known error: `%1`</source>
        <translation>Erreur connue&#xa0;: `%1`</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticsBundle</name>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="141"/>
        <source>Wharf diagnostics bundle</source>
        <translation>Dossier de diagnostic de Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="143"/>
        <source>Made on %1 by Wharf %2, to help someone find out what goes wrong on this computer.</source>
        <extracomment>%1 is a date and time (UTC, ISO 8601), %2 Wharf&apos;s version</extracomment>
        <translation>Créé le %1 par Wharf %2, pour aider quelqu’un à trouver ce qui ne va pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="146"/>
        <source>What it holds:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="147"/>
        <source>this file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="148"/>
        <source>the checks, what they found and how to fix it (Markdown)</source>
        <translation>les vérifications, ce qu’elles ont trouvé et comment y remédier (Markdown)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="149"/>
        <source>the same, for programs (JSON)</source>
        <translation>la même chose, pour les programmes (JSON)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="150"/>
        <source>the container engines Wharf found: versions, API, endpoints</source>
        <translation>les moteurs de conteneurs que Wharf a trouvés&#xa0;: versions, API, points d’accès</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="151"/>
        <source>Wharf&apos;s settings</source>
        <translation>les paramètres de Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="153"/>
        <source>the last line of Wharf&apos;s log</source>
        <translation>la dernière ligne du journal de Wharf</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="153"/>
        <source>the last %n lines of Wharf&apos;s log</source>
        <translation>
            <numerusform>la dernière ligne (%n) du journal de Wharf</numerusform>
            <numerusform>les %n dernières lignes du journal de Wharf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DiagnosticsBundle.cpp" line="155"/>
        <source>Passwords, tokens and other secrets were removed before the bundle was written: each one reads [REDACTED]. User names, host names and paths were kept, because they help to find the cause. Read the files before you share them, and remove anything else you would rather keep to yourself.</source>
        <translation>Les mots de passe, jetons et autres secrets ont été retirés avant l’écriture du dossier&#xa0;: chacun se lit [REDACTED]. Les noms d’utilisateur, noms d’hôte et chemins ont été gardés, car ils aident à trouver la cause. Lisez les fichiers avant de les partager, et retirez tout ce que vous préférez garder pour vous.</translation>
    </message>
</context>
<context>
    <name>Wharf::DiagnosticsExport</name>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="61"/>
        <source>Save Diagnostics Bundle</source>
        <translation>Enregistrer le dossier de diagnostic</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="62"/>
        <source>Compressed archives (*.tar.gz);;All files (*)</source>
        <translation>Archives compressées (*.tar.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="80"/>
        <source>Diagnostics bundle saved</source>
        <translation>Dossier de diagnostic enregistré</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="81"/>
        <source>Saved as %1. Attach it to your ticket or message; passwords and tokens were removed from it.</source>
        <translation>Enregistré sous %1. Joignez-le à votre ticket ou à votre message&#x202f;; les mots de passe et les jetons en ont été retirés.</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="86"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/DiagnosticsExport.cpp" line="88"/>
        <source>Cannot save the diagnostics bundle as %1</source>
        <translation>Impossible d’enregistrer le dossier de diagnostic sous %1</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerConfigFile</name>
    <message>
        <location filename="../core/credentials/DockerConfigFile.cpp" line="21"/>
        <source>Docker&apos;s configuration file</source>
        <translation>Le fichier de configuration de Docker</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerDesktopFileSharingCheck</name>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="20"/>
        <source>Docker Desktop file sharing</source>
        <translation>Partage de fichiers de Docker Desktop</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="30"/>
        <source>Docker Desktop on Windows shares drives through WSL 2; there is no File Sharing list to check.</source>
        <translation>Docker Desktop sous Windows partage les lecteurs par WSL 2&#x202f;; il n’y a pas de liste de partage de fichiers à vérifier.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="33"/>
        <source>Docker Desktop is not available for this system.</source>
        <translation>Docker Desktop n’est pas disponible pour ce système.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="43"/>
        <source>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</source>
        <translation>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="46"/>
        <source>Docker Desktop is not installed.</source>
        <translation>Docker Desktop n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="48"/>
        <source>%1: not present</source>
        <translation>%1&#xa0;: absent</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="63"/>
        <source>Docker Desktop&apos;s settings cannot be read.</source>
        <translation>Les paramètres de Docker Desktop ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="64"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="67"/>
        <source>Open %1 and check that /cvmfs and your working folder %2 are listed; add them, then Apply &amp; restart.</source>
        <translation>Ouvrez %1 et vérifiez que /cvmfs et votre dossier de travail %2 sont listés&#x202f;; ajoutez-les, puis Apply &amp; restart.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="79"/>
        <source>%1: File Sharing list: %2</source>
        <translation>%1&#xa0;: liste de partage de fichiers&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="81"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="83"/>
        <source>entries of the list that are not paths, ignored: %1</source>
        <translation>entrées de la liste qui ne sont pas des chemins, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="88"/>
        <source>%1: no File Sharing list; Docker Desktop&apos;s default applies: %2</source>
        <translation>%1&#xa0;: pas de liste de partage de fichiers&#x202f;; la valeur par défaut de Docker Desktop s’applique&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="106"/>
        <source>%1: shared (through %2)</source>
        <translation>%1&#xa0;: partagé (par %2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="109"/>
        <source>%1: not shared, and not present on this computer (only needed when CVMFS is installed here)</source>
        <translation>%1&#xa0;: non partagé, et absent de cet ordinateur (nécessaire uniquement quand CVMFS est installé ici)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="113"/>
        <source>%1: not shared</source>
        <translation>%1&#xa0;: non partagé</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="120"/>
        <source>Docker Desktop shares the folders containers need.</source>
        <translation>Docker Desktop partage les dossiers dont les conteneurs ont besoin.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="126"/>
        <source>Docker Desktop does not share %1: containers that bind it fail with &quot;Mounts denied&quot;.</source>
        <translation>Docker Desktop ne partage pas %1&#xa0;: les conteneurs qui le lient échouent avec «&#xa0;Mounts denied&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="128"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="131"/>
        <source>Open %1, add %2 with the + button, then Apply &amp; restart.</source>
        <translation>Ouvrez %1, ajoutez %2 avec le bouton +, puis Apply &amp; restart.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="133"/>
        <source>Or work in a folder that is already shared (%1).</source>
        <translation>Ou travaillez dans un dossier déjà partagé (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopFileSharingCheck.cpp" line="137"/>
        <source>On a Mac, host FUSE mounts (macFUSE) do not reach containers even when shared: if /cvmfs is empty inside the container, use an image that mounts CVMFS itself.</source>
        <translation>Sur un Mac, les montages FUSE de l’hôte (macFUSE) n’atteignent pas les conteneurs même partagés&#xa0;: si /cvmfs est vide dans le conteneur, utilisez une image qui monte CVMFS elle-même.</translation>
    </message>
</context>
<context>
    <name>Wharf::DockerDesktopSettings</name>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="22"/>
        <source>The settings file is not valid JSON.</source>
        <translation>Le fichier de paramètres n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="28"/>
        <source>The settings file does not hold a JSON object.</source>
        <translation>Le fichier de paramètres ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/DockerDesktopSettings.cpp" line="38"/>
        <source>The File Sharing list in the settings file is not a list.</source>
        <translation>La liste de partage de fichiers du fichier de paramètres n’est pas une liste.</translation>
    </message>
</context>
<context>
    <name>Wharf::EmbeddedPodmanService</name>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="82"/>
        <source>Podman is not installed, so Wharf cannot start it.</source>
        <translation>Podman n’est pas installé, donc Wharf ne peut pas le démarrer.</translation>
    </message>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="111"/>
        <source>Podman could not be started.</source>
        <translation>Podman n’a pas pu être démarré.</translation>
    </message>
    <message>
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="115"/>
        <source>The Podman service that Wharf started exited (code %1).</source>
        <translation>Le service Podman démarré par Wharf s’est arrêté (code %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/EmbeddedPodmanService.cpp" line="136"/>
        <source>The Podman service did not answer within %n seconds.</source>
        <translation>
            <numerusform>Le service Podman n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le service Podman n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::EndpointCandidate</name>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="12"/>
        <source>Wharf setting</source>
        <translation>Paramètre de Wharf</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="14"/>
        <source>DOCKER_HOST</source>
        <translation>DOCKER_HOST</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="16"/>
        <source>docker context &quot;%1&quot;</source>
        <translation>contexte docker «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="19"/>
        <source>CONTAINER_HOST</source>
        <translation>CONTAINER_HOST</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="22"/>
        <source>well-known socket</source>
        <translation>socket bien connu</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="23"/>
        <source>well-known socket (%1)</source>
        <translation>socket bien connu (%1)</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointCandidate.cpp" line="26"/>
        <source>started by Wharf</source>
        <translation>démarré par Wharf</translation>
    </message>
</context>
<context>
    <name>Wharf::EndpointDiscovery</name>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="35"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="39"/>
        <source>%1 is too large to be a docker configuration file.</source>
        <translation>%1 est trop grand pour être un fichier de configuration de docker.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="44"/>
        <source>%1 is not valid JSON.</source>
        <translation>%1 n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="96"/>
        <source>%1 is set to &quot;%2&quot;, which Wharf cannot use: %3</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», que Wharf ne peut pas utiliser&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="110"/>
        <source>The engine setting</source>
        <translation>Le paramètre du moteur</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="158"/>
        <source>the current docker context</source>
        <translation>le contexte docker actuel</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="160"/>
        <source>%1 names the docker context &quot;%2&quot;, but %3 Run &quot;docker context ls&quot; to see the contexts, or &quot;docker context use default&quot;.</source>
        <translation>%1 désigne le contexte docker «&#xa0;%2&#xa0;», mais %3 Lancez «&#xa0;docker context ls&#xa0;» pour voir les contextes, ou «&#xa0;docker context use default&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="167"/>
        <source>it does not exist (no %1).</source>
        <translation>il n’existe pas (pas de %1).</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="172"/>
        <source>its description cannot be read.</source>
        <translation>sa description ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="178"/>
        <source>it has no Docker endpoint.</source>
        <translation>il n’a pas de point d’accès Docker.</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="186"/>
        <source>its endpoint &quot;%1&quot; cannot be used: %2</source>
        <translation>son point d’accès «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="215"/>
        <source>rootless Docker</source>
        <translation>Docker sans root</translation>
    </message>
    <message>
        <location filename="../core/engine/EndpointDiscovery.cpp" line="225"/>
        <source>Podman (system)</source>
        <translation>Podman (système)</translation>
    </message>
</context>
<context>
    <name>Wharf::Engine</name>
    <message>
        <location filename="../core/engine/Engine.cpp" line="95"/>
        <source>%1 at %2 speaks Engine API %3; Wharf needs %4 or newer. Update the engine.</source>
        <translation>%1 sur %2 parle l’Engine API %3&#x202f;; Wharf a besoin de %4 ou plus récent. Mettez le moteur à jour.</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="178"/>
        <source>HTTP status %1 without explanation</source>
        <translation>statut HTTP %1 sans explication</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="187"/>
        <source>%1: the engine and Wharf share no Engine API version (the engine says: %2). Wharf needs API %3 or newer: update the engine (Docker 19.03 or later, Podman 2.0 or later).</source>
        <translation>%1&#xa0;: le moteur et Wharf n’ont aucune version de l’Engine API en commun (le moteur dit&#xa0;: %2). Wharf a besoin de l’API %3 ou plus récente&#xa0;: mettez le moteur à jour (Docker 19.03 ou plus récent, Podman 2.0 ou plus récent).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="197"/>
        <source>%1: %2. Something else uses it: remove that first, or force the operation.</source>
        <translation>%1&#xa0;: %2. Autre chose l’utilise&#xa0;: supprimez-le d’abord, ou forcez l’opération.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="203"/>
        <source>%1: the engine answered with HTTP status %2: %3</source>
        <translation>%1&#xa0;: le moteur a répondu avec le statut HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="214"/>
        <source>Cannot reach the engine at %1</source>
        <translation>Impossible de joindre le moteur sur %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="237"/>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="266"/>
        <source>Cannot read the version of the engine at %1</source>
        <translation>Impossible de lire la version du moteur sur %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="289"/>
        <source>The engine did not say which API version it speaks.</source>
        <translation>Le moteur n’a pas dit quelle version de l’API il parle.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="296"/>
        <source>The engine at %1 speaks Engine API %2, older than the %3 Wharf needs. Update the engine (Docker 19.03 or later, Podman 2.0 or later).</source>
        <translation>Le moteur sur %1 parle l’Engine API %2, plus ancienne que la %3 dont Wharf a besoin. Mettez le moteur à jour (Docker 19.03 ou plus récent, Podman 2.0 ou plus récent).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="366"/>
        <source>Cannot list the images of %1</source>
        <translation>Impossible de lister les images de %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="373"/>
        <source>Cannot read the information of the engine at %1</source>
        <translation>Impossible de lire les informations du moteur sur %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="381"/>
        <source>Cannot list the containers of %1</source>
        <translation>Impossible de lister les conteneurs de %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="390"/>
        <source>Cannot inspect the container &quot;%1&quot;</source>
        <translation>Impossible d’inspecter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="401"/>
        <source>Cannot stop the container &quot;%1&quot;</source>
        <translation>Impossible d’arrêter le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="407"/>
        <source>Cannot start the container &quot;%1&quot;</source>
        <translation>Impossible de démarrer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="438"/>
        <source>Cannot remove the container &quot;%1&quot;</source>
        <translation>Impossible de supprimer le conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="462"/>
        <source>%1: the engine refuses while it is running (it says: %2). Stop it first, or remove it by force.</source>
        <translation>%1&#xa0;: le moteur refuse tant qu’il est en cours d’exécution (il dit&#xa0;: %2). Arrêtez-le d’abord, ou supprimez-le de force.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="477"/>
        <source>Cannot inspect the image &quot;%1&quot;</source>
        <translation>Impossible d’inspecter l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="488"/>
        <source>Cannot remove the image &quot;%1&quot;</source>
        <translation>Impossible de supprimer l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="497"/>
        <source>Cannot tag the image &quot;%1&quot; as &quot;%2:%3&quot;</source>
        <translation>Impossible d’étiqueter l’image «&#xa0;%1&#xa0;» en «&#xa0;%2:%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="524"/>
        <source>Cannot pull &quot;%1&quot;</source>
        <translation>Impossible de télécharger «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="606"/>
        <source>Cannot follow the events of %1</source>
        <translation>Impossible de suivre les événements de %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineClient.cpp" line="670"/>
        <source>Cannot read the log of the container &quot;%1&quot;</source>
        <translation>Impossible de lire le journal du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineConnectionErrors</name>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="55"/>
        <source>Start the engine (Docker: `sudo systemctl start docker`; Podman: `systemctl --user start podman.socket`), or check DOCKER_HOST and the engine address in Wharf&apos;s settings.</source>
        <translation>Démarrez le moteur (Docker&#xa0;: `sudo systemctl start docker`&#x202f;; Podman&#xa0;: `systemctl --user start podman.socket`), ou vérifiez DOCKER_HOST et l’adresse du moteur dans les paramètres de Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="62"/>
        <source>No engine socket at %1. %2</source>
        <translation>Pas de socket de moteur sur %1. %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="67"/>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="68"/>
        <source>a directory</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="70"/>
        <source>something other than a socket</source>
        <translation>autre chose qu’un socket</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="73"/>
        <source>%1 is %2, not an engine socket, so no engine can be listening there. Check DOCKER_HOST and the engine address in Wharf&apos;s settings; if the file was left there by mistake, remove it and restart the engine.</source>
        <translation>%1 est %2, pas un socket de moteur, donc aucun moteur ne peut y écouter. Vérifiez DOCKER_HOST et l’adresse du moteur dans les paramètres de Wharf&#x202f;; si le fichier a été laissé là par erreur, supprimez-le et redémarrez le moteur.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="84"/>
        <source>Permission denied when connecting to the engine at %1.</source>
        <translation>Permission refusée lors de la connexion au moteur sur %1.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="87"/>
        <source>A rootless engine needs no such access: `systemctl --user start podman.socket` starts Podman&apos;s for your user.</source>
        <translation>Un moteur sans root n’a pas besoin d’un tel accès&#xa0;: `systemctl --user start podman.socket` démarre celui de Podman pour votre utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="91"/>
        <source>Permission denied on the engine socket %1: only root may use it. %2 Or ask your administrator to give the socket a group of its own.</source>
        <translation>Permission refusée sur le socket du moteur %1&#xa0;: seul root peut l’utiliser. %2 Ou demandez à votre administrateur de donner au socket un groupe à lui.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="101"/>
        <source>Permission denied on the engine socket %1. The socket grants access to the members of the group &quot;%2&quot;; membership in that group is equivalent to root access on this machine. If that is acceptable, join it with `sudo usermod -aG %2 $USER`, then log out and log in again. %3</source>
        <extracomment>%2 is a group name such as &quot;docker&quot;. Membership lets any program start privileged containers.</extracomment>
        <translation>Permission refusée sur le socket du moteur %1. Le socket donne accès aux membres du groupe «&#xa0;%2&#xa0;»&#x202f;; appartenir à ce groupe équivaut à un accès root sur cette machine. Si c’est acceptable, rejoignez-le avec `sudo usermod -aG %2 $USER`, puis déconnectez-vous et reconnectez-vous. %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="115"/>
        <source>The engine is not running: nothing listens on %1 (the socket file is left over). %2</source>
        <translation>Le moteur ne tourne pas&#xa0;: rien n’écoute sur %1 (le fichier du socket est un reste). %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="121"/>
        <source>Nothing listens on %1: the engine is not running there, or a firewall refuses the connection. Check that the engine listens on that port and that DOCKER_HOST is right.</source>
        <translation>Rien n’écoute sur %1&#xa0;: le moteur n’y tourne pas, ou un pare-feu refuse la connexion. Vérifiez que le moteur écoute sur ce port et que DOCKER_HOST est correct.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="129"/>
        <source>The engine at %1 did not answer within %2 seconds. It may be overloaded or hung: try again, or restart it.</source>
        <translation>Le moteur sur %1 n’a pas répondu en %2 secondes. Il est peut-être surchargé ou bloqué&#xa0;: réessayez, ou redémarrez-le.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="137"/>
        <source>The engine at %1 stopped sending its reply for %2 seconds. It may be overloaded or hung: try again, or restart it.</source>
        <translation>Le moteur sur %1 a cessé d’envoyer sa réponse pendant %2 secondes. Il est peut-être surchargé ou bloqué&#xa0;: réessayez, ou redémarrez-le.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="145"/>
        <source>The host &quot;%1&quot; of the engine address %2 cannot be found. Check the name in DOCKER_HOST or in Wharf&apos;s settings.</source>
        <translation>L’hôte «&#xa0;%1&#xa0;» de l’adresse du moteur %2 est introuvable. Vérifiez le nom dans DOCKER_HOST ou dans les paramètres de Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="153"/>
        <source>Set DOCKER_CERT_PATH to the directory with ca.pem, cert.pem and key.pem</source>
        <translation>Définissez DOCKER_CERT_PATH sur le dossier contenant ca.pem, cert.pem et key.pem</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="154"/>
        <source>Check ca.pem, cert.pem and key.pem in %1</source>
        <translation>Vérifiez ca.pem, cert.pem et key.pem dans %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="157"/>
        <source>The secure (TLS) connection to the engine at %1 failed. %2, and that the engine expects TLS on this port.</source>
        <translation>La connexion sécurisée (TLS) au moteur sur %1 a échoué. %2, et que le moteur attend TLS sur ce port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="167"/>
        <source>Cannot connect to the engine at %1: %2</source>
        <translation>Impossible de se connecter au moteur sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineConnectionErrors.cpp" line="168"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineDiskSpaceCheck</name>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="28"/>
        <source>Free disk space for the engines&apos; images</source>
        <translation>Espace disque libre pour les images des moteurs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="63"/>
        <source>%1: cannot read where it keeps its data: %2</source>
        <translation>%1&#xa0;: impossible de lire où il garde ses données&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="66"/>
        <source>%1 keeps its data in a virtual machine or on another computer (%2): its free space cannot be read from here.</source>
        <translation>%1 garde ses données dans une machine virtuelle ou sur un autre ordinateur (%2)&#xa0;: son espace libre ne peut pas être lu d’ici.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="68"/>
        <source>no data directory given</source>
        <translation>aucun dossier de données indiqué</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="73"/>
        <source>%1: its data directory %2 is not visible from here.</source>
        <translation>%1&#xa0;: son dossier de données %2 n’est pas visible d’ici.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="77"/>
        <source>%1: %2 on %3: %4 free of %5</source>
        <translation>%1&#xa0;: %2 sur %3&#xa0;: %4 libres sur %5</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="98"/>
        <source>The engines have room for images.</source>
        <translation>Les moteurs ont de la place pour les images.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="101"/>
        <source>An engine is short of disk space: large pulls may fail.</source>
        <translation>Un moteur manque d’espace disque&#xa0;: les gros téléchargements peuvent échouer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="104"/>
        <source>An engine&apos;s disk is nearly full: pulls and new containers will fail.</source>
        <translation>Le disque d’un moteur est presque plein&#xa0;: les téléchargements et les nouveaux conteneurs échoueront.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="109"/>
        <source>No engine answers, so there is no data directory to check.</source>
        <translation>Aucun moteur ne répond, il n’y a donc aucun dossier de données à vérifier.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="110"/>
        <source>No engine&apos;s data directory can be read from here.</source>
        <translation>Aucun dossier de données de moteur ne peut être lu d’ici.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="115"/>
        <source>Remove what you no longer need: unused images, stopped containers and build cache (the prune command asks before it deletes).</source>
        <translation>Supprimez ce dont vous n’avez plus besoin&#xa0;: images inutilisées, conteneurs arrêtés et cache de construction (la commande prune demande avant de supprimer).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EngineDiskSpaceCheck.cpp" line="117"/>
        <source>Or free space on that file system, or move the engine&apos;s data directory to a larger disk (Docker: &quot;data-root&quot; in /etc/docker/daemon.json; Podman: graphroot in storage.conf).</source>
        <translation>Ou libérez de l’espace sur ce système de fichiers, ou déplacez le dossier de données du moteur sur un disque plus grand (Docker&#xa0;: «&#xa0;data-root&#xa0;» dans /etc/docker/daemon.json&#x202f;; Podman&#xa0;: graphroot dans storage.conf).</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEndpoint</name>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="71"/>
        <source>The engine address is empty. Use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>L’adresse du moteur est vide. Utilisez unix:///chemin/vers/docker.sock ou tcp://hôte:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="78"/>
        <location filename="../core/engine/EngineEndpoint.cpp" line="104"/>
        <source>The socket path &quot;%1&quot; is too long for a unix socket (at most 107 bytes).</source>
        <translation>Le chemin de socket «&#xa0;%1&#xa0;» est trop long pour un socket unix (107 octets au plus).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="86"/>
        <source>&quot;%1&quot; is not an engine address. Use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de moteur. Utilisez unix:///chemin/vers/docker.sock ou tcp://hôte:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="95"/>
        <source>&quot;%1&quot; does not name an absolute socket path. Write it as unix:///path/to/docker.sock (three slashes).</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas un chemin de socket absolu. Écrivez-le unix:///chemin/vers/docker.sock (trois barres obliques).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="100"/>
        <source>&quot;%1&quot; has a query or fragment, which a socket path cannot have.</source>
        <translation>«&#xa0;%1&#xa0;» a une requête ou un fragment, ce qu’un chemin de socket ne peut pas avoir.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="110"/>
        <source>Wharf cannot reach an engine over ssh:// (&quot;%1&quot;). Forward the remote socket to a local one, for example `ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host`, and use unix:///tmp/remote-docker.sock.</source>
        <translation>Wharf ne peut pas joindre un moteur par ssh:// («&#xa0;%1&#xa0;»). Redirigez le socket distant vers un socket local, par exemple `ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host`, et utilisez unix:///tmp/remote-docker.sock.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="119"/>
        <source>Wharf cannot use the Windows named pipe &quot;%1&quot;: named pipes exist only on Windows. Use a unix socket (unix:///var/run/docker.sock) or tcp://host:port.</source>
        <translation>Wharf ne peut pas utiliser le tube nommé Windows «&#xa0;%1&#xa0;»&#xa0;: les tubes nommés n’existent que sous Windows. Utilisez un socket unix (unix:///var/run/docker.sock) ou tcp://hôte:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="126"/>
        <source>&quot;%1&quot; is a systemd socket-activation address, which only the engine itself can use. Point Wharf at the engine&apos;s socket instead (unix:///var/run/docker.sock).</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse d’activation par socket de systemd, que seul le moteur lui-même peut utiliser. Indiquez plutôt à Wharf le socket du moteur (unix:///var/run/docker.sock).</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="133"/>
        <source>Wharf does not know the scheme &quot;%1&quot; in &quot;%2&quot;. Use unix://, tcp://, http:// or https://.</source>
        <translation>Wharf ne connaît pas le schéma «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;». Utilisez unix://, tcp://, http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="141"/>
        <source>&quot;%1&quot; is not a valid engine address: it needs a host, as in tcp://host:2376.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de moteur valide&#xa0;: il faut un hôte, comme dans tcp://hôte:2376.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="146"/>
        <source>&quot;%1&quot; is not a valid engine address: only a host and a port are allowed, as in tcp://host:2376.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de moteur valide&#xa0;: seuls un hôte et un port sont permis, comme dans tcp://hôte:2376.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEndpoint.cpp" line="161"/>
        <source>&quot;%1&quot; has an invalid port.</source>
        <translation>«&#xa0;%1&#xa0;» a un port non valide.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEvent</name>
    <message>
        <location filename="../core/engine/EngineEvent.cpp" line="45"/>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineEvent.cpp" line="57"/>
        <source>The engine sent an event without an action.</source>
        <translation>Le moteur a envoyé un événement sans action.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineEventWatcher</name>
    <message>
        <location filename="../core/engine/EngineEventWatcher.cpp" line="69"/>
        <source>The engine closed its event stream.</source>
        <translation>Le moteur a fermé son flux d’événements.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineInfo</name>
    <message>
        <location filename="../core/engine/EngineInfo.cpp" line="48"/>
        <source>the engine information</source>
        <translation>les informations du moteur</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineInfo.cpp" line="54"/>
        <source>The engine&apos;s information is not a JSON object.</source>
        <translation>Les informations du moteur ne sont pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineManager</name>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="49"/>
        <source>%1 points to %2, which does not answer: %3</source>
        <translation>%1 pointe vers %2, qui ne répond pas&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="118"/>
        <source>No container engine answered, and Podman is not installed.</source>
        <translation>Aucun moteur de conteneurs n’a répondu, et Podman n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="124"/>
        <source>No container engine answered, so Wharf started a Podman service for this session (%1). It stops when Wharf quits.</source>
        <translation>Aucun moteur de conteneurs n’a répondu, Wharf a donc démarré un service Podman pour cette session (%1). Il s’arrête quand Wharf quitte.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineManager.cpp" line="139"/>
        <source>No container engine answered, and the Podman service Wharf tried to start failed: %1</source>
        <translation>Aucun moteur de conteneurs n’a répondu, et le service Podman que Wharf a essayé de démarrer a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineRequest</name>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="186"/>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="194"/>
        <location filename="../core/engine/EngineRequest.cpp" line="205"/>
        <source>Wharf built an invalid request; this is a bug in Wharf.</source>
        <translation>Wharf a construit une requête non valide&#x202f;; c’est un bogue de Wharf.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="231"/>
        <source>The engine address is incomplete.</source>
        <translation>L’adresse du moteur est incomplète.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineRequest.cpp" line="457"/>
        <source>The engine&apos;s reply is larger than %1 MiB; Wharf does not accept it.</source>
        <translation>La réponse du moteur dépasse %1 Mio&#x202f;; Wharf ne l’accepte pas.</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineRunPlanner</name>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="82"/>
        <source>Graphical programs on macOS need XQuartz: install it, tick &quot;Allow connections from network clients&quot; in its Settings &gt; Security, restart it, and run &quot;xhost +localhost&quot; in an XQuartz terminal. The container then draws on DISPLAY %1:0.</source>
        <translation>Les programmes graphiques sous macOS ont besoin de XQuartz&#xa0;: installez-le, cochez «&#xa0;Allow connections from network clients&#xa0;» dans ses Settings &gt; Security, redémarrez-le, et lancez «&#xa0;xhost +localhost&#xa0;» dans un terminal XQuartz. Le conteneur dessine alors sur DISPLAY %1:0.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="90"/>
        <source>Graphical programs are not forwarded: the engine runs in a virtual machine that cannot reach this computer&apos;s X11 display.</source>
        <translation>Les programmes graphiques ne sont pas transmis&#xa0;: le moteur tourne dans une machine virtuelle qui ne peut pas joindre l’affichage X11 de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="95"/>
        <source>Graphical programs are not forwarded: DISPLAY is not set, so there is no X11 display to share. Start Wharf from a graphical session.</source>
        <translation>Les programmes graphiques ne sont pas transmis&#xa0;: DISPLAY n’est pas défini, il n’y a donc pas d’affichage X11 à partager. Démarrez Wharf depuis une session graphique.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="100"/>
        <source>Graphical programs are not forwarded: %1 does not exist on this computer (a Wayland session without Xwayland, or a remote display).</source>
        <translation>Les programmes graphiques ne sont pas transmis&#xa0;: %1 n’existe pas sur cet ordinateur (une session Wayland sans Xwayland, ou un affichage distant).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="107"/>
        <source>Graphical programs use this computer&apos;s X11 display %1. The X server must accept the container&apos;s user: run &quot;xhost +SI:localuser:%2&quot; once per session (it allows only that local user, not the network).</source>
        <translation>Les programmes graphiques utilisent l’affichage X11 %1 de cet ordinateur. Le serveur X doit accepter l’utilisateur du conteneur&#xa0;: lancez «&#xa0;xhost +SI:localuser:%2&#xa0;» une fois par session (cela n’autorise que cet utilisateur local, pas le réseau).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="116"/>
        <source>No Kerberos ticket cache was found, so none is forwarded. Run &quot;kinit&quot; first if you need EOS or AFS in the container.</source>
        <translation>Aucun cache de tickets Kerberos n’a été trouvé, donc aucun n’est transmis. Lancez d’abord «&#xa0;kinit&#xa0;» si vous avez besoin d’EOS ou d’AFS dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="121"/>
        <source>The Kerberos ticket cache %1 cannot be mounted (its path is not absolute or contains &apos;:&apos; or &apos;,&apos;), so it is not forwarded. Set KRB5CCNAME to a plain file path and run &quot;kinit&quot; again.</source>
        <translation>Le cache de tickets Kerberos %1 ne peut pas être monté (son chemin n’est pas absolu ou contient &apos;:&apos; ou &apos;,&apos;), il n’est donc pas transmis. Définissez KRB5CCNAME sur un simple chemin de fichier et relancez «&#xa0;kinit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="137"/>
        <source>The CVMFS repository %1 answers (touching it also makes autofs mount it before the container starts).</source>
        <translation>Le dépôt CVMFS %1 répond (y accéder fait aussi qu’autofs le monte avant le démarrage du conteneur).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="145"/>
        <source>This container gets extra privileges (CAP_SYS_ADMIN and the /dev/fuse device) so that it can mount CVMFS itself: a program in it can mount file systems. Run only images you trust this way.</source>
        <translation>Ce conteneur reçoit des privilèges supplémentaires (CAP_SYS_ADMIN et le périphérique /dev/fuse) pour pouvoir monter CVMFS lui-même&#xa0;: un programme qui s’y trouve peut monter des systèmes de fichiers. Ne lancez de cette façon que des images de confiance.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="160"/>
        <source>The cvmfs-automounter works only with an engine that runs directly on Linux: it hands its CVMFS mounts to other containers through the host&apos;s mount propagation, which Docker Desktop&apos;s virtual machine, macOS and Windows do not offer. Use &quot;CVMFS mounted inside the container&quot; or CVMFS from this computer instead.</source>
        <translation>Le cvmfs-automounter ne fonctionne qu’avec un moteur qui tourne directement sous Linux&#xa0;: il transmet ses montages CVMFS aux autres conteneurs par la propagation des montages de l’hôte, que la machine virtuelle de Docker Desktop, macOS et Windows n’offrent pas. Utilisez plutôt «&#xa0;CVMFS monté dans le conteneur&#xa0;» ou le CVMFS de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="169"/>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="329"/>
        <source>The %1 command is installed.</source>
        <translation>La commande %1 est installée.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="183"/>
        <source>The container runs for %1 on this %2 computer, emulated: it works, but programs run several times slower.</source>
        <translation>Le conteneur tourne pour %1 sur cet ordinateur %2, en émulation&#xa0;: cela fonctionne, mais les programmes sont plusieurs fois plus lents.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="199"/>
        <source>SELinux is enforcing on this computer, so the container runs without SELinux separation (--security-opt label=disable): otherwise it could not read /cvmfs or your working folder. The rest of the host stays protected; do not switch SELinux off (setenforce 0) for this.</source>
        <translation>SELinux est en mode enforcing sur cet ordinateur, donc le conteneur tourne sans la séparation SELinux (--security-opt label=disable)&#xa0;: sinon il ne pourrait lire ni /cvmfs ni votre dossier de travail. Le reste de l’hôte reste protégé&#x202f;; ne désactivez pas SELinux (setenforce 0) pour cela.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="213"/>
        <source>CVMFS is installed on this computer (%1 exists).</source>
        <translation>CVMFS est installé sur cet ordinateur (%1 existe).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="218"/>
        <source>Docker Desktop shares %1 with its virtual machine (Settings &gt; Resources &gt; File Sharing).</source>
        <translation>Docker Desktop partage %1 avec sa machine virtuelle (Settings &gt; Resources &gt; File Sharing).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="223"/>
        <source>On a Mac, CVMFS mounted with macFUSE may look empty inside the container: FUSE mounts do not always cross Docker Desktop&apos;s file sharing. If /cvmfs is empty, use &quot;CVMFS mounted inside the container&quot; instead.</source>
        <translation>Sur un Mac, CVMFS monté avec macFUSE peut sembler vide dans le conteneur&#xa0;: les montages FUSE ne traversent pas toujours le partage de fichiers de Docker Desktop. Si /cvmfs est vide, utilisez plutôt «&#xa0;CVMFS monté dans le conteneur&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="235"/>
        <source>The cvmfs-automounter container &quot;%1&quot; is running.</source>
        <translation>Le conteneur cvmfs-automounter «&#xa0;%1&#xa0;» est en cours d’exécution.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="238"/>
        <source>%1 is a shared mount, so the automounter&apos;s mounts reach other containers.</source>
        <translation>%1 est un montage partagé, donc les montages de l’automounter atteignent les autres conteneurs.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="249"/>
        <source>AppArmor is active on this computer, so the container runs without its AppArmor profile (--security-opt apparmor=unconfined): the default profile forbids the FUSE mount.</source>
        <translation>AppArmor est actif sur cet ordinateur, donc le conteneur tourne sans son profil AppArmor (--security-opt apparmor=unconfined)&#xa0;: le profil par défaut interdit le montage FUSE.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="255"/>
        <source>This computer has the FUSE device (/dev/fuse; &quot;sudo modprobe fuse&quot; loads it).</source>
        <translation>Cet ordinateur a le périphérique FUSE (/dev/fuse&#x202f;; «&#xa0;sudo modprobe fuse&#xa0;» le charge).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="259"/>
        <source>CVMFS is mounted once, when the container starts. After a network loss it is not mounted again: /cvmfs then fails with &quot;Transport endpoint is not connected&quot; until you start a new container.</source>
        <translation>CVMFS est monté une fois, au démarrage du conteneur. Après une perte de réseau, il n’est pas remonté&#xa0;: /cvmfs échoue alors avec «&#xa0;Transport endpoint is not connected&#xa0;» jusqu’à ce que vous démarriez un nouveau conteneur.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="266"/>
        <source>This strategy does not use Docker or Podman.</source>
        <translation>Cette stratégie n’utilise ni Docker ni Podman.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="308"/>
        <source>The cvmfs-automounter can only run with an engine directly on Linux: it shares its mounts through the host&apos;s mount propagation, which Docker Desktop, macOS and Windows do not offer.</source>
        <translation>Le cvmfs-automounter ne peut tourner qu’avec un moteur directement sous Linux&#xa0;: il partage ses montages par la propagation des montages de l’hôte, que Docker Desktop, macOS et Windows n’offrent pas.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="315"/>
        <source>The cvmfs-automounter cannot run under rootless Podman: its mounts would stay inside your user namespace and never reach the host. Start it with Docker or with Podman as root.</source>
        <translation>Le cvmfs-automounter ne peut pas tourner sous Podman sans root&#xa0;: ses montages resteraient dans votre espace de noms utilisateur et n’atteindraient jamais l’hôte. Démarrez-le avec Docker ou avec Podman en root.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="331"/>
        <source>%1 exists (create it with &quot;sudo mkdir -p %1&quot;).</source>
        <translation>%1 existe (créez-le avec «&#xa0;sudo mkdir -p %1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="334"/>
        <source>%1 is on a shared mount, so mounts made below it reach other containers.</source>
        <translation>%1 est sur un montage partagé, donc les montages faits en dessous atteignent les autres conteneurs.</translation>
    </message>
    <message>
        <location filename="../core/launch/EngineRunPlanner.cpp" line="337"/>
        <source>The cvmfs-automounter runs as root with full privileges (--privileged, --pid=host): it can do anything on this computer. It needs them to mount CVMFS with FUSE and share the mounts through %1. It restarts with the engine (--restart always) until you remove the container &quot;%2&quot;.</source>
        <translation>Le cvmfs-automounter tourne en root avec tous les privilèges (--privileged, --pid=host)&#xa0;: il peut tout faire sur cet ordinateur. Il en a besoin pour monter CVMFS avec FUSE et partager les montages par %1. Il redémarre avec le moteur (--restart always) jusqu’à ce que vous supprimiez le conteneur «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineStatusBar</name>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="30"/>
        <source>Looking for container engines…</source>
        <translation>Recherche des moteurs de conteneurs…</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="96"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="104"/>
        <source>not answering</source>
        <translation>ne répond pas</translation>
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
Point d’accès&#xa0;: %2
Trouvé par&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="115"/>
        <source>
Engine API %1, round trip %2 ms</source>
        <translation>
Engine API %1, aller-retour %2 ms</translation>
    </message>
    <message>
        <location filename="../app/EngineStatusBar.cpp" line="134"/>
        <source>%1 is still listing images, %2 s</source>
        <translation>%1 liste encore les images, %2 s</translation>
    </message>
</context>
<context>
    <name>Wharf::EngineVersion</name>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="61"/>
        <source>the version information</source>
        <translation>les informations de version</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="67"/>
        <source>The engine&apos;s version information is not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Les informations de version du moteur ne sont pas un objet JSON. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
    <message>
        <location filename="../core/engine/EngineVersion.cpp" line="112"/>
        <source>The engine&apos;s version information does not say which API version it speaks. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Les informations de version du moteur ne disent pas quelle version de l’API il parle. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
</context>
<context>
    <name>Wharf::EnginesCheck</name>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="24"/>
        <source>Container engines answer</source>
        <translation>Les moteurs de conteneurs répondent</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="48"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="53"/>
        <source>%1: answers, version %2, API %3</source>
        <translation>%1&#xa0;: répond, version %2, API %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="54"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="69"/>
        <source>No container engine found on this computer.</source>
        <translation>Aucun moteur de conteneurs trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="70"/>
        <source>Looked at: the engine setting, DOCKER_HOST, the docker context, CONTAINER_HOST and the well-known sockets of Docker, Docker Desktop, Colima, OrbStack, Rancher Desktop and Podman.</source>
        <translation>Recherché dans&#xa0;: le paramètre du moteur, DOCKER_HOST, le contexte docker, CONTAINER_HOST et les sockets bien connus de Docker, Docker Desktop, Colima, OrbStack, Rancher Desktop et Podman.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="79"/>
        <source>Answering: %1. Another engine found does not answer.</source>
        <translation>Répond&#xa0;: %1. Un autre moteur trouvé ne répond pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="80"/>
        <source>Answering: %1. %n other engines found do not answer.</source>
        <translation>
            <numerusform>Répond&#xa0;: %1. %n autre moteur trouvé ne répond pas.</numerusform>
            <numerusform>Répond&#xa0;: %1. %n autres moteurs trouvés ne répondent pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="85"/>
        <source>One engine answers: %1</source>
        <translation>Un moteur répond&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnostics/EnginesCheck.cpp" line="86"/>
        <source>%n engines answer: %1</source>
        <translation>
            <numerusform>%n moteur répond&#xa0;: %1</numerusform>
            <numerusform>%n moteurs répondent&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wharf::EnginesCommand</name>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="30"/>
        <source>still probing</source>
        <translation>détection en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="31"/>
        <source>answers (%1 ms)</source>
        <translation>répond (%1 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="32"/>
        <source>does not answer: %1</source>
        <translation>ne répond pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="48"/>
        <source>wharf engines: unknown option &quot;%1&quot;. Usage: wharf engines [--json]
</source>
        <translation>wharf engines&#xa0;: option inconnue «&#xa0;%1&#xa0;». Utilisation&#xa0;: wharf engines [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="91"/>
        <source>No container engine found.
</source>
        <translation>Aucun moteur de conteneurs trouvé.
</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="97"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="99"/>
        <source>endpoint:      %1</source>
        <translation>point d’accès&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="100"/>
        <source>found through: %1</source>
        <translation>trouvé par&#xa0;:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="102"/>
        <source>API version:   %1</source>
        <translation>version d’API&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="103"/>
        <source>status:        %1</source>
        <translation>état&#xa0;:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="105"/>
        <source>details:       %1</source>
        <translation>détails&#xa0;:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EnginesCommand.cpp" line="108"/>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorCatalogue</name>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="173"/>
        <source>The error catalogue is larger than %1 MiB, so it was not read.</source>
        <translation>Le catalogue d’erreurs dépasse %1 Mio, il n’a donc pas été lu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="179"/>
        <source>The error catalogue is not valid JSON: %1 at byte %2.</source>
        <translation>Le catalogue d’erreurs n’est pas du JSON valide&#xa0;: %1 à l’octet %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="184"/>
        <source>The error catalogue is not a JSON object with &quot;entries&quot;.</source>
        <translation>Le catalogue d’erreurs n’est pas un objet JSON avec «&#xa0;entries&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="189"/>
        <source>The error catalogue has an unknown &quot;version&quot;; this Wharf reads version 1.</source>
        <translation>Le catalogue d’erreurs a une «&#xa0;version&#xa0;» inconnue&#x202f;; ce Wharf lit la version 1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="192"/>
        <source>The error catalogue has no &quot;entries&quot; array.</source>
        <translation>Le catalogue d’erreurs n’a pas de tableau «&#xa0;entries&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="202"/>
        <source>Entry %1 of the error catalogue</source>
        <translation>L’entrée %1 du catalogue d’erreurs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="203"/>
        <source>Entry %1 (&quot;%2&quot;) of the error catalogue</source>
        <translation>L’entrée %1 («&#xa0;%2&#xa0;») du catalogue d’erreurs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="207"/>
        <source>%1 is invalid: %2.</source>
        <extracomment>%1 names the entry, %2 says what is wrong with it.</extracomment>
        <translation>%1 n’est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorCatalogue.cpp" line="211"/>
        <source>%1 is invalid: the id &quot;%2&quot; is used twice.</source>
        <translation>%1 n’est pas valide&#xa0;: l’identifiant «&#xa0;%2&#xa0;» est utilisé deux fois.</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorExplanationView</name>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="115"/>
        <source>Wharf does not know this error yet. What the program said:</source>
        <translation>Wharf ne connaît pas encore cette erreur. Ce que le programme a dit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="120"/>
        <source>Error text</source>
        <translation>Texte de l’erreur</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="124"/>
        <source>Wharf does not know this error yet: copy the report to ask for help.</source>
        <translation>Wharf ne connaît pas encore cette erreur&#xa0;: copiez le rapport pour demander de l’aide.</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="129"/>
        <source>What went wrong: %1</source>
        <translation>Ce qui s’est passé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="134"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="141"/>
        <source>How to fix it</source>
        <translation>Comment y remédier</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="155"/>
        <source>Read more: %1</source>
        <translation>En savoir plus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="168"/>
        <source>Other possible causes: %1</source>
        <translation>Autres causes possibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="174"/>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="176"/>
        <source>Copy the error and its explanation as Markdown, secrets removed</source>
        <translation>Copier l’erreur et son explication en Markdown, sans les secrets</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="179"/>
        <source>Troubleshoot…</source>
        <translation>Dépanner…</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="181"/>
        <source>Open the troubleshooting wizard, which checks this computer for the usual causes of this kind of failure</source>
        <translation>Ouvrir l’assistant de dépannage, qui cherche sur cet ordinateur les causes habituelles de ce genre d’échec</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="225"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="226"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/ErrorExplanationView.cpp" line="228"/>
        <source>Copy command %1</source>
        <translation>Copier la commande %1</translation>
    </message>
</context>
<context>
    <name>Wharf::ErrorReport</name>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="42"/>
        <source>Wharf error report</source>
        <translation>Rapport d’erreur de Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="43"/>
        <source>Wharf %1, Qt %2, %3 (%4)</source>
        <translation>Wharf %1, Qt %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="49"/>
        <source>What Wharf met</source>
        <translation>Ce que Wharf a rencontré</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="51"/>
        <source>No entry of Wharf&apos;s known-error catalogue matches this text.</source>
        <translation>Aucune entrée du catalogue des erreurs connues de Wharf ne correspond à ce texte.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="56"/>
        <source>What went wrong: %1</source>
        <translation>Ce qui s’est passé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="57"/>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="57"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/ErrorReport.cpp" line="67"/>
        <source>(catalogue entry %1)</source>
        <translation>(entrée %1 du catalogue)</translation>
    </message>
</context>
<context>
    <name>Wharf::ExplainCommand</name>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="30"/>
        <source>Usage: wharf explain [FILE] [--json]
Reads an error message from FILE (or from standard input) and explains it.
</source>
        <translation>Utilisation&#xa0;: wharf explain [FICHIER] [--json]
Lit un message d’erreur dans FICHIER (ou sur l’entrée standard) et l’explique.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="90"/>
        <source>What went wrong:</source>
        <translation>Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="91"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="92"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="95"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="99"/>
        <source>More:</source>
        <translation>Pour en savoir plus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="138"/>
        <source>wharf explain: unknown option &quot;%1&quot;.
</source>
        <translation>wharf explain&#xa0;: option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="141"/>
        <source>wharf explain: give one file at most.
</source>
        <translation>wharf explain&#xa0;: indiquez un fichier au plus.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="153"/>
        <source>wharf explain: cannot read %1: %2
</source>
        <translation>wharf explain&#xa0;: impossible de lire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="160"/>
        <source>Paste the error message, then press Ctrl+D.
</source>
        <translation>Collez le message d’erreur, puis appuyez sur Ctrl+D.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="163"/>
        <source>wharf explain: cannot read standard input: %1
</source>
        <translation>wharf explain&#xa0;: impossible de lire l’entrée standard&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="170"/>
        <source>wharf explain: the input is empty. Paste an error message on standard input or name a file.
</source>
        <translation>wharf explain&#xa0;: l’entrée est vide. Collez un message d’erreur sur l’entrée standard ou nommez un fichier.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="184"/>
        <source>No known error matches this text; it is shown verbatim below so you can report it:</source>
        <translation>Aucune erreur connue ne correspond à ce texte&#x202f;; il est affiché tel quel ci-dessous pour que vous puissiez le signaler&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="188"/>
        <source>(only the last %1 MiB of the input)</source>
        <translation>(seulement les %1 derniers Mio de l’entrée)</translation>
    </message>
</context>
<context>
    <name>Wharf::FuseDeviceCheck</name>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="19"/>
        <source>FUSE device (/dev/fuse)</source>
        <translation>Périphérique FUSE (/dev/fuse)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="48"/>
        <source>Only Linux passes /dev/fuse to containers; Docker Desktop&apos;s virtual machine has its own.</source>
        <translation>Seul Linux transmet /dev/fuse aux conteneurs&#x202f;; la machine virtuelle de Docker Desktop a le sien.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="60"/>
        <source>%1: does not exist</source>
        <translation>%1&#xa0;: n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="62"/>
        <source>%1: exists but is not a character device (mode %2)</source>
        <translation>%1&#xa0;: existe mais n’est pas un périphérique caractère (mode %2)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="65"/>
        <source>%1: character device %2:%3, mode %4</source>
        <translation>%1&#xa0;: périphérique caractère %2:%3, mode %4</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="75"/>
        <source>/proc/filesystems: lists fuse</source>
        <translation>/proc/filesystems&#xa0;: liste fuse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="76"/>
        <source>/proc/filesystems: does not list fuse</source>
        <translation>/proc/filesystems&#xa0;: ne liste pas fuse</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="78"/>
        <source>/proc/filesystems: %1</source>
        <translation>/proc/filesystems&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="83"/>
        <source>/proc/modules: the fuse module is loaded</source>
        <translation>/proc/modules&#xa0;: le module fuse est chargé</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="84"/>
        <source>/proc/modules: the fuse module is not loaded</source>
        <translation>/proc/modules&#xa0;: le module fuse n’est pas chargé</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="86"/>
        <source>/proc/modules: %1</source>
        <translation>/proc/modules&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="91"/>
        <source>Load the FUSE module: `sudo modprobe fuse` (check with `lsmod | grep fuse`).</source>
        <translation>Chargez le module FUSE&#xa0;: `sudo modprobe fuse` (vérifiez avec `lsmod | grep fuse`).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="92"/>
        <source>To load it at every boot: `echo fuse | sudo tee /etc/modules-load.d/fuse.conf`.</source>
        <translation>Pour le charger à chaque démarrage&#xa0;: `echo fuse | sudo tee /etc/modules-load.d/fuse.conf`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="93"/>
        <source>If this computer cannot have FUSE (some virtual machines and containers), use CVMFS mounted on the host, or run an image from /cvmfs/unpacked.cern.ch with Apptainer.</source>
        <translation>Si cet ordinateur ne peut pas avoir FUSE (certaines machines virtuelles et certains conteneurs), utilisez CVMFS monté sur l’hôte, ou lancez une image de /cvmfs/unpacked.cern.ch avec Apptainer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="99"/>
        <source>/dev/fuse is not a character device: FUSE cannot work.</source>
        <translation>/dev/fuse n’est pas un périphérique caractère&#xa0;: FUSE ne peut pas fonctionner.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="100"/>
        <source>This computer has no /dev/fuse: nothing can mount CVMFS with FUSE here.</source>
        <translation>Cet ordinateur n’a pas de /dev/fuse&#xa0;: rien ne peut monter CVMFS avec FUSE ici.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="106"/>
        <source>Something replaced the device with a file: remove it (`sudo rm /dev/fuse`) and load the module again, or reboot.</source>
        <translation>Quelque chose a remplacé le périphérique par un fichier&#xa0;: supprimez-le (`sudo rm /dev/fuse`) et rechargez le module, ou redémarrez.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="115"/>
        <source>/dev/fuse exists, but the kernel does not list FUSE as loaded.</source>
        <translation>/dev/fuse existe, mais le noyau n’indique pas FUSE comme chargé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/FuseDeviceCheck.cpp" line="124"/>
        <source>/dev/fuse is present and the kernel supports FUSE.</source>
        <translation>/dev/fuse est présent et le noyau prend en charge FUSE.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostAccess</name>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="107"/>
        <source>The Flatpak information file cannot be read: %1</source>
        <translation>Le fichier d’informations Flatpak est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="111"/>
        <source>it is too large.</source>
        <translation>il est trop grand.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="113"/>
        <source>it is not text.</source>
        <translation>ce n’est pas du texte.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="130"/>
        <source>&quot;%1&quot; is not an application id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’application.</translation>
    </message>
    <message>
        <location filename="../core/base/HostAccess.cpp" line="134"/>
        <source>it names no application.</source>
        <translation>il ne nomme aucune application.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostArchitectureCheck</name>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="17"/>
        <source>Processor architecture</source>
        <translation>Architecture du processeur</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="26"/>
        <source>processor architecture: %1</source>
        <translation>architecture du processeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="29"/>
        <source>This computer runs linux/amd64 images natively.</source>
        <translation>Cet ordinateur exécute nativement les images linux/amd64.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="36"/>
        <source>This is an arm64 computer: the el7/cc7 CMS images exist for linux/amd64 only and run here emulated (slower), with --platform linux/amd64.</source>
        <translation>C’est un ordinateur arm64&#xa0;: les images CMS el7/cc7 n’existent que pour linux/amd64 et tournent ici en émulation (plus lentement), avec --platform linux/amd64.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="39"/>
        <source>This computer&apos;s processor (%1) is not amd64: most CMS images exist for linux/amd64 only.</source>
        <translation>Le processeur de cet ordinateur (%1) n’est pas amd64&#xa0;: la plupart des images CMS n’existent que pour linux/amd64.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="44"/>
        <source>Pull and run amd64-only images with `--platform linux/amd64`, e.g. `docker run --platform linux/amd64 ...` (Podman: the same option).</source>
        <translation>Téléchargez et lancez les images uniquement amd64 avec `--platform linux/amd64`, par exemple `docker run --platform linux/amd64 ...` (Podman&#xa0;: la même option).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="47"/>
        <source>Prefer images that also exist for linux/arm64 (the el8/el9 CMS images) when they fit your release.</source>
        <translation>Préférez les images qui existent aussi pour linux/arm64 (les images CMS el8/el9) quand elles conviennent à votre version.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/HostArchitectureCheck.cpp" line="52"/>
        <source>On Apple Silicon, switch on &quot;Use Rosetta for x86_64/amd64 emulation&quot; in Docker Desktop &gt; Settings &gt; General: emulation gets much faster.</source>
        <translation>Sur Apple Silicon, activez «&#xa0;Use Rosetta for x86_64/amd64 emulation&#xa0;» dans Docker Desktop &gt; Settings &gt; General&#xa0;: l’émulation devient beaucoup plus rapide.</translation>
    </message>
</context>
<context>
    <name>Wharf::HostEnvironment</name>
    <message>
        <location filename="../core/diagnostics/HostEnvironment.cpp" line="79"/>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
</context>
<context>
    <name>Wharf::HttpResponseParser</name>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="61"/>
        <source>The engine&apos;s reply is not valid HTTP. The address may point at something that is not a container engine, or the engine is misbehaving.</source>
        <translation>La réponse du moteur n’est pas du HTTP valide. L’adresse pointe peut-être vers quelque chose qui n’est pas un moteur de conteneurs, ou le moteur se comporte mal.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="205"/>
        <source>The engine closed the connection without answering. It may have stopped or restarted; try again.</source>
        <translation>Le moteur a fermé la connexion sans répondre. Il s’est peut-être arrêté ou a redémarré&#x202f;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="210"/>
        <source>The engine closed the connection in the middle of its reply headers. It may have stopped or restarted; try again.</source>
        <translation>Le moteur a fermé la connexion au milieu des en-têtes de sa réponse. Il s’est peut-être arrêté ou a redémarré&#x202f;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/engine/HttpResponseParser.cpp" line="216"/>
        <source>The engine closed the connection before its reply was complete. It may have stopped or restarted; try again.</source>
        <translation>Le moteur a fermé la connexion avant que sa réponse soit complète. Il s’est peut-être arrêté ou a redémarré&#x202f;; réessayez.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageConfigSummary</name>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="23"/>
        <source>The image&apos;s configuration is larger than 8 MiB, far more than an image needs. Wharf did not read it.</source>
        <translation>La configuration de l’image dépasse 8 Mio, bien plus que ce dont une image a besoin. Wharf ne l’a pas lue.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="32"/>
        <source>The registry sent an image configuration that is not valid JSON. The reply may have been cut off; try again.</source>
        <translation>Le registre a envoyé une configuration d’image qui n’est pas du JSON valide. La réponse a peut-être été coupée&#x202f;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageConfigSummary.cpp" line="40"/>
        <source>The registry sent an image configuration that is not a JSON object, so it is not an image&apos;s configuration. The image may be an artifact rather than a container image.</source>
        <translation>Le registre a envoyé une configuration d’image qui n’est pas un objet JSON, ce n’est donc pas la configuration d’une image. L’image est peut-être un artefact plutôt qu’une image de conteneur.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageDetails</name>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="29"/>
        <source>the image details</source>
        <translation>les détails de l’image</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="35"/>
        <source>The engine&apos;s image details are not a JSON object. The endpoint may not be a Docker-compatible engine.</source>
        <translation>Les détails de l’image envoyés par le moteur ne sont pas un objet JSON. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageDetails.cpp" line="49"/>
        <source>The engine&apos;s image details have no image ID.</source>
        <translation>Les détails de l’image envoyés par le moteur n’ont pas d’ID d’image.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageDetailsPanel</name>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="45"/>
        <source>Show raw &amp;JSON</source>
        <translation>Afficher le &amp;JSON brut</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="47"/>
        <source>Show raw JSON</source>
        <translation>Afficher le JSON brut</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="48"/>
        <source>Show what the engine returned, as JSON</source>
        <translation>Afficher ce que le moteur a renvoyé, en JSON</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="52"/>
        <source>Image details status</source>
        <translation>État des détails de l’image</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="61"/>
        <source>Image details</source>
        <translation>Détails de l’image</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="71"/>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="97"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="159"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="138"/>
        <source>Select an image to see its details.</source>
        <translation>Sélectionnez une image pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="150"/>
        <source>The engine of this image is not available.</source>
        <translation>Le moteur de cette image n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="151"/>
        <source>Check the engines in the status line, then select the image again.</source>
        <translation>Vérifiez les moteurs dans la ligne d’état, puis sélectionnez de nouveau l’image.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="166"/>
        <source>%1 went away before it described the image. Start it again, then select the image again.</source>
        <translation>%1 a disparu avant de décrire l’image. Redémarrez-le, puis sélectionnez de nouveau l’image.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="199"/>
        <source>%1 no longer has the image %2.</source>
        <extracomment>%1 is the engine (&quot;Docker&quot;), %2 the image (a short id or a name).</extracomment>
        <translation>%1 n’a plus l’image %2.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="200"/>
        <source>It was probably removed meanwhile. Refresh the list of images.</source>
        <translation>Elle a probablement été supprimée entre-temps. Actualisez la liste des images.</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="203"/>
        <source>Cannot show the details of %1.</source>
        <translation>Impossible d’afficher les détails de %1.</translation>
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
        <translation>aucun (une image orpheline)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="315"/>
        <source>Digests</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="316"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="318"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="322"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="327"/>
        <source>Created</source>
        <extracomment>Image creation time: &quot;2026-11-24 10:31:05 (3 days ago)&quot;.</extracomment>
        <translation>Créée</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="330"/>
        <source>Size</source>
        <extracomment>Image size: &quot;4.86 MB (4,863,240 bytes)&quot;.</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="330"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="339"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="341"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="343"/>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="343"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="345"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="345"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="346"/>
        <source>Working directory</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="347"/>
        <source>not set (/)</source>
        <translation>non défini (/)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="348"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="348"/>
        <source>not set (root)</source>
        <translation>non défini (root)</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="349"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="349"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="352"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="352"/>
        <location filename="../app/ImageDetailsPanel.cpp" line="357"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="366"/>
        <source>1 layer</source>
        <extracomment>Number of layers of an image.</extracomment>
        <translation>1 couche</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="366"/>
        <source>%1 layers</source>
        <translation>%1 couches</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="367"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/ImageDetailsPanel.cpp" line="367"/>
        <source>none listed</source>
        <translation>aucune listée</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageListCache</name>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="229"/>
        <source>Cannot cache the image list: the engine has no usable identity.</source>
        <translation>Impossible de mettre en cache la liste des images&#xa0;: le moteur n’a pas d’identité utilisable.</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="255"/>
        <source>Cannot cache the image list: it could not be encoded.</source>
        <translation>Impossible de mettre en cache la liste des images&#xa0;: elle n’a pas pu être encodée.</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListCache.cpp" line="260"/>
        <source>Cannot cache the image list: it is too large (%1 images).</source>
        <translation>Impossible de mettre en cache la liste des images&#xa0;: elle est trop grande (%1 images).</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageListModel</name>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="205"/>
        <source>yes</source>
        <extracomment>In the &quot;In use&quot; column: one container uses the image.</extracomment>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/ImageListModel.cpp" line="207"/>
        <source>%n containers</source>
        <extracomment>In the &quot;In use&quot; column: how many containers use the image.</extracomment>
        <translation>
            <numerusform>%n conteneur</numerusform>
            <numerusform>%n conteneurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="269"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="270"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="271"/>
        <source>Image ID</source>
        <translation>ID d’image</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="272"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="273"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="276"/>
        <source>In use</source>
        <extracomment>Column header: whether a container uses the image.</extracomment>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location filename="../core/models/ImageListModel.cpp" line="279"/>
        <source>Engine</source>
        <extracomment>Column header: Docker or Podman.</extracomment>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageManifest</name>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="68"/>
        <source>The registry sent an image manifest that Wharf cannot read: it does not have the structure of an image or an image index. The tool that pushed the image may have written a broken manifest; try pushing the image again.</source>
        <translation>Le registre a envoyé un manifeste d’image que Wharf ne peut pas lire&#xa0;: il n’a pas la structure d’une image ni d’un index d’images. L’outil qui a poussé l’image a peut-être écrit un manifeste défectueux&#x202f;; essayez de pousser l’image de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="79"/>
        <source>This image uses the old, deprecated Docker image format (manifest schema 1), which Wharf does not read and current engines no longer pull. Ask the image&apos;s maintainer to push it again with a current Docker, Podman or Buildah.</source>
        <translation>Cette image utilise l’ancien format d’image Docker, obsolète (manifeste schema 1), que Wharf ne lit pas et que les moteurs actuels ne téléchargent plus. Demandez au mainteneur de l’image de la pousser de nouveau avec un Docker, Podman ou Buildah récent.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="286"/>
        <source>The registry sent a manifest larger than 4 MiB, far more than any image needs. Wharf did not read it.</source>
        <translation>Le registre a envoyé un manifeste de plus de 4 Mio, bien plus que ce dont une image a besoin. Wharf ne l’a pas lu.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="300"/>
        <source>The registry sent a manifest that is not valid JSON. The reply may have been cut off, or the server may not be a registry; try again.</source>
        <translation>Le registre a envoyé un manifeste qui n’est pas du JSON valide. La réponse a peut-être été coupée, ou le serveur n’est peut-être pas un registre&#x202f;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageManifest.cpp" line="341"/>
        <source>The manifest has the media type %1: it is neither an image nor an image index (it may be a signature, an SBOM or another artifact), so Wharf cannot show it as an image.</source>
        <extracomment>%1 is a media type such as &quot;application/vnd.oci.artifact.manifest.v1+json&quot;.</extracomment>
        <translation>Le manifeste a le type de média %1&#xa0;: ce n’est ni une image ni un index d’images (c’est peut-être une signature, un SBOM ou un autre artefact), donc Wharf ne peut pas l’afficher comme une image.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageReference</name>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="84"/>
        <source>“%1” is not a valid image reference: %2.</source>
        <extracomment>%1 is the reference as typed, %2 says what is wrong with it.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une référence d’image valide&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="95"/>
        <source>the repository name must be lowercase (%1 at position %2)</source>
        <translation>le nom du dépôt doit être en minuscules (%1 à la position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="99"/>
        <source>%1 at position %2 is not allowed in a repository name, which may contain lowercase letters, digits and the separators “.”, “_”, “__” and “-”</source>
        <translation>%1 à la position %2 n’est pas permis dans un nom de dépôt, qui peut contenir des lettres minuscules, des chiffres et les séparateurs «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;__&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="123"/>
        <source>the repository name has an empty part at position %1 (two “/” in a row, or a “/” at the start or end)</source>
        <translation>le nom du dépôt a une partie vide à la position %1 (deux «&#xa0;/&#xa0;» à la suite, ou un «&#xa0;/&#xa0;» au début ou à la fin)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="136"/>
        <location filename="../core/registry/ImageReference.cpp" line="161"/>
        <source>a part of the repository name must start and end with a lowercase letter or digit, not %1 (position %2)</source>
        <translation>une partie du nom du dépôt doit commencer et finir par une lettre minuscule ou un chiffre, pas par %1 (position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="169"/>
        <source>“%1” at position %2 is not a valid separator; use one “.”, one “_”, two “__” or any number of “-”</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n’est pas un séparateur valide&#x202f;; utilisez un «&#xa0;.&#xa0;», un «&#xa0;_&#xa0;», deux «&#xa0;__&#xa0;» ou un nombre quelconque de «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="189"/>
        <source>the registry address “%1” opens “[” without closing it</source>
        <translation>l’adresse de registre «&#xa0;%1&#xa0;» ouvre «&#xa0;[&#xa0;» sans le fermer</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="193"/>
        <source>the registry address “%1” has an empty IPv6 address</source>
        <translation>l’adresse de registre «&#xa0;%1&#xa0;» a une adresse IPv6 vide</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="198"/>
        <source>%1 at position %2 is not allowed in an IPv6 address</source>
        <translation>%1 à la position %2 n’est pas permis dans une adresse IPv6</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="213"/>
        <source>the registry host in “%1” has an empty part at position %2</source>
        <translation>l’hôte du registre dans «&#xa0;%1&#xa0;» a une partie vide à la position %2</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="218"/>
        <source>a part of the registry host name must start and end with a letter or digit, not “-” (position %1)</source>
        <translation>une partie du nom d’hôte du registre doit commencer et finir par une lettre ou un chiffre, pas par «&#xa0;-&#xa0;» (position %1)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="235"/>
        <source>the registry port after “:” at position %1 is empty</source>
        <translation>le port du registre après «&#xa0;:&#xa0;» à la position %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="239"/>
        <source>the registry port may only contain digits, not %1 (position %2)</source>
        <translation>le port du registre ne peut contenir que des chiffres, pas %1 (position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="245"/>
        <source>%1 at position %2 is not allowed in a registry host name</source>
        <translation>%1 à la position %2 n’est pas permis dans un nom d’hôte de registre</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="255"/>
        <source>the tag after “:” at position %1 is empty</source>
        <translation>le tag après «&#xa0;:&#xa0;» à la position %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="257"/>
        <source>the tag is %1 characters long, at most %2 are allowed</source>
        <translation>le tag fait %1 caractères, %2 au plus sont permis</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="266"/>
        <source>a tag must start with a letter, digit or “_”, not %1 (position %2)</source>
        <translation>un tag doit commencer par une lettre, un chiffre ou «&#xa0;_&#xa0;», pas par %1 (position %2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="271"/>
        <source>%1 at position %2 is not allowed in a tag, which may contain letters, digits, “_”, “.” and “-”</source>
        <translation>%1 à la position %2 n’est pas permis dans un tag, qui peut contenir des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="283"/>
        <source>the digest after “@” at position %1 is empty</source>
        <translation>l’empreinte après «&#xa0;@&#xa0;» à la position %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="286"/>
        <source>the digest after “@” must look like “sha256:” followed by 64 hexadecimal digits</source>
        <translation>l’empreinte après «&#xa0;@&#xa0;» doit ressembler à «&#xa0;sha256:&#xa0;» suivi de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="299"/>
        <source>%1 at position %2 is not allowed in a digest algorithm</source>
        <translation>%1 à la position %2 n’est pas permis dans un algorithme d’empreinte</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="305"/>
        <source>the digest algorithm before “:” at position %1 is empty or incomplete</source>
        <translation>l’algorithme d’empreinte avant «&#xa0;:&#xa0;» à la position %1 est vide ou incomplet</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="317"/>
        <source>the digest algorithm “%1” is not supported (use sha256)</source>
        <translation>l’algorithme d’empreinte «&#xa0;%1&#xa0;» n’est pas pris en charge (utilisez sha256)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="322"/>
        <source>%1 at position %2 is not allowed in a digest, which uses lowercase hexadecimal digits (0-9, a-f)</source>
        <translation>%1 à la position %2 n’est pas permis dans une empreinte, qui utilise des chiffres hexadécimaux minuscules (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="329"/>
        <source>a %1 digest has %2 hexadecimal digits, this one has %3</source>
        <translation>une empreinte %1 a %2 chiffres hexadécimaux, celle-ci en a %3</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="346"/>
        <source>it is empty; type a name such as “busybox” or “quay.io/org/app:1.0”</source>
        <translation>elle est vide&#x202f;; tapez un nom comme «&#xa0;busybox&#xa0;» ou «&#xa0;quay.io/org/app:1.0&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="353"/>
        <source>it contains a blank at position %1 (%2)</source>
        <translation>elle contient un espace à la position %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="358"/>
        <source>it contains an invisible character at position %1 (%2)</source>
        <translation>elle contient un caractère invisible à la position %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="367"/>
        <source>it is an image ID (64 hexadecimal digits), not a name; use the ID directly where an image ID is accepted</source>
        <translation>c’est un ID d’image (64 chiffres hexadécimaux), pas un nom&#x202f;; utilisez l’ID directement là où un ID d’image est accepté</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="377"/>
        <source>it contains a second “@” at position %1; only one digest is allowed</source>
        <translation>elle contient un second «&#xa0;@&#xa0;» à la position %1&#x202f;; une seule empreinte est permise</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="383"/>
        <source>the repository name is missing before “@”</source>
        <translation>le nom du dépôt manque avant «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="390"/>
        <source>the repository name is missing before %1</source>
        <translation>le nom du dépôt manque avant %1</translation>
    </message>
    <message>
        <location filename="../core/registry/ImageReference.cpp" line="428"/>
        <source>the repository name is %1 characters long with its registry, at most %2 are allowed</source>
        <translation>le nom du dépôt fait %1 caractères avec son registre, %2 au plus sont permis</translation>
    </message>
</context>
<context>
    <name>Wharf::ImageSummary</name>
    <message>
        <location filename="../core/engine/ImageSummary.cpp" line="68"/>
        <source>the image list</source>
        <translation>la liste des images</translation>
    </message>
    <message>
        <location filename="../core/engine/ImageSummary.cpp" line="74"/>
        <source>The engine&apos;s image list is not a JSON array. The endpoint may not be a Docker-compatible engine.</source>
        <translation>La liste des images envoyée par le moteur n’est pas un tableau JSON. Le point d’accès n’est peut-être pas un moteur compatible Docker.</translation>
    </message>
</context>
<context>
    <name>Wharf::ImagesCommand</name>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>IMAGE ID</source>
        <translation>ID D’IMAGE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>IN USE</source>
        <translation>UTILISÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="81"/>
        <source>ENGINE</source>
        <translation>MOTEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="92"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="130"/>
        <source>wharf images: unknown option &quot;%1&quot;. Usage: wharf images [--engine NAME] [--json]
</source>
        <translation>wharf images&#xa0;: option inconnue «&#xa0;%1&#xa0;». Utilisation&#xa0;: wharf images [--engine NOM] [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="145"/>
        <source>%1 (%2) does not answer: %3
</source>
        <translation>%1 (%2) ne répond pas&#xa0;: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="153"/>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="156"/>
        <source>No engine named &quot;%1&quot; answers. &quot;wharf engines&quot; lists them.
</source>
        <translation>Aucun moteur nommé «&#xa0;%1&#xa0;» ne répond. «&#xa0;wharf engines&#xa0;» les liste.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ImagesCommand.cpp" line="192"/>
        <source>%1: cannot list images: %2
</source>
        <translation>%1&#xa0;: impossible de lister les images&#xa0;: %2
</translation>
    </message>
</context>
<context>
    <name>Wharf::ImagesPage</name>
    <message>
        <location filename="../app/ImagesPage.cpp" line="49"/>
        <source>Show untagged</source>
        <translation>Afficher les images sans tag</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="52"/>
        <location filename="../app/ImagesPage.cpp" line="81"/>
        <source>Pull…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="53"/>
        <location filename="../app/ImagesPage.cpp" line="100"/>
        <source>Launch…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="65"/>
        <source>Copy Reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="71"/>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="75"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="87"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="93"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="104"/>
        <source>Open a shell in the selected image, with CVMFS and your folder (Ctrl+L)</source>
        <translation>Ouvrir un shell dans l’image sélectionnée, avec CVMFS et votre dossier (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="111"/>
        <source>Filter by repository, tag or ID (Ctrl+F)</source>
        <translation>Filtrer par dépôt, tag ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="113"/>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="117"/>
        <source>Show images without a tag (&lt;none&gt;), such as older versions left by a pull.</source>
        <translation>Afficher les images sans tag (&lt;none&gt;), comme les anciennes versions laissées par un téléchargement.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="120"/>
        <source>Show images of</source>
        <translation>Afficher les images de</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="121"/>
        <source>All engines</source>
        <translation>Tous les moteurs</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="127"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="131"/>
        <source>Pull an image from a registry (Ctrl+P)</source>
        <translation>Télécharger une image depuis un registre (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="176"/>
        <source>In use</source>
        <translation>Utilisée</translation>
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
        <translation>%1 ne répond plus</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="227"/>
        <source>Its images are shown as last seen. Wharf reconnects as soon as the engine is back.</source>
        <translation>Ses images sont affichées telles que vues la dernière fois. Wharf se reconnecte dès que le moteur revient.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="267"/>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="307"/>
        <source>Select one image to open a shell in it (Ctrl+L)</source>
        <translation>Sélectionnez une image pour y ouvrir un shell (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="391"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImagesPage.cpp" line="392"/>
        <source>Remove %n images?</source>
        <translation>
            <numerusform>Supprimer %n image&#x202f;?</numerusform>
            <numerusform>Supprimer %n images&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImagesPage.cpp" line="395"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="397"/>
        <source>A tagged image loses that tag; the image itself goes once no tag and no container uses it.</source>
        <translation>Une image étiquetée perd ce tag&#x202f;; l’image elle-même disparaît une fois qu’aucun tag ni aucun conteneur ne l’utilise.</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="398"/>
        <source>Remove Images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="398"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="415"/>
        <source>Cannot remove %1: it is in use</source>
        <translation>Impossible de supprimer %1&#xa0;: elle est utilisée</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="416"/>
        <source>A container uses this image, or another tag points to the same image. Remove the container first, or remove the image anyway (the container keeps working until it is removed).</source>
        <translation>Un conteneur utilise cette image, ou un autre tag pointe vers la même image. Supprimez d’abord le conteneur, ou supprimez quand même l’image (le conteneur continue de fonctionner jusqu’à sa suppression).</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="420"/>
        <source>Remove Anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <location filename="../app/ImagesPage.cpp" line="428"/>
        <location filename="../app/ImagesPage.cpp" line="432"/>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>Wharf::ImportLoginsDialog</name>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="57"/>
        <source>Import Logins from Docker and Podman</source>
        <translation>Importer les connexions de Docker et de Podman</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="60"/>
        <source>Docker and Podman keep these logins on this computer. Wharf copies the ones you check into the system keychain; Docker&apos;s and Podman&apos;s files are only read, never changed.</source>
        <translation>Docker et Podman gardent ces connexions sur cet ordinateur. Wharf copie celles que vous cochez dans le trousseau du système&#x202f;; les fichiers de Docker et de Podman sont seulement lus, jamais modifiés.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Registry</source>
        <extracomment>Column headers of the list of logins found in Docker&apos;s and Podman&apos;s files.</extracomment>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Found in</source>
        <translation>Trouvée dans</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="67"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="72"/>
        <source>Logins found</source>
        <translation>Connexions trouvées</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="88"/>
        <location filename="../app/ImportLoginsDialog.cpp" line="479"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="182"/>
        <source>Looking for logins…</source>
        <translation>Recherche des connexions…</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="208"/>
        <source>(not listed)</source>
        <translation>(non listé)</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="210"/>
        <source>The credential helper does not list the user; Wharf reads it when importing.</source>
        <translation>L’assistant d’identification ne liste pas l’utilisateur&#x202f;; Wharf le lit lors de l’importation.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="214"/>
        <source>(identity token)</source>
        <extracomment>A login that holds an OAuth2 refresh token instead of a user and password.</extracomment>
        <translation>(jeton d’identité)</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="222"/>
        <source>The credential helper docker-credential-%1, named in %2</source>
        <translation>L’assistant d’identification docker-credential-%1, indiqué dans %2</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="232"/>
        <source>already logged in as %1</source>
        <translation>déjà connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="234"/>
        <source>Check it to replace Wharf&apos;s login for %1 with this one.</source>
        <translation>Cochez-la pour remplacer la connexion de Wharf pour %1 par celle-ci.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="238"/>
        <source>also listed above</source>
        <extracomment>Another login for the same registry is in a row above.</extracomment>
        <translation>aussi listée plus haut</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="240"/>
        <source>Another login for %1 is listed above. Check this one to import it instead; Wharf keeps one login per registry.</source>
        <translation>Une autre connexion pour %1 est listée plus haut. Cochez celle-ci pour l’importer à sa place&#x202f;; Wharf garde une connexion par registre.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="262"/>
        <source>Docker and Podman have no saved logins on this computer.</source>
        <translation>Docker et Podman n’ont aucune connexion enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="265"/>
        <source>Wharf looked in:
%1</source>
        <translation>Wharf a cherché dans&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="286"/>
        <source>Some logins may be missing:</source>
        <translation>Des connexions manquent peut-être&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="350"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="353"/>
        <source>Importing into the system keychain…</source>
        <translation>Importation dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="354"/>
        <source>Importing for this session…</source>
        <translation>Importation pour cette session…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="375"/>
        <source>%n login imported.</source>
        <translation>
            <numerusform>%n connexion importée.</numerusform>
            <numerusform>%n connexions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="376"/>
        <source>%n logins imported.</source>
        <translation>
            <numerusform>%n connexion importée.</numerusform>
            <numerusform>%n connexions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="379"/>
        <source>%n login could not be imported: see the list.</source>
        <translation>
            <numerusform>%n connexion n’a pas pu être importée&#xa0;: voir la liste.</numerusform>
            <numerusform>%n connexions n’ont pas pu être importées&#xa0;: voir la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportLoginsDialog.cpp" line="381"/>
        <source>%n logins could not be imported: see the list.</source>
        <translation>
            <numerusform>%n connexion n’a pas pu être importée&#xa0;: voir la liste.</numerusform>
            <numerusform>%n connexions n’ont pas pu être importées&#xa0;: voir la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="395"/>
        <source>importing…</source>
        <translation>importation…</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="426"/>
        <source>imported for this session</source>
        <translation>importée pour cette session</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="426"/>
        <source>imported into the keychain</source>
        <translation>importée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="439"/>
        <source>not imported: no keychain</source>
        <translation>non importée&#xa0;: pas de trousseau</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="466"/>
        <source>The system keychain cannot be reached.</source>
        <translation>Le trousseau du système est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="467"/>
        <source>The system keychain cannot be reached: %1</source>
        <translation>Le trousseau du système est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="469"/>
        <source>Wharf can keep the imported logins in memory for this session only; they are never written to disk. Or start your keychain (e.g. GNOME Keyring or KWallet) and open this dialog again.</source>
        <translation>Wharf peut garder les connexions importées en mémoire pour cette session seulement&#x202f;; elles ne sont jamais écrites sur le disque. Ou démarrez votre trousseau (par exemple GNOME Keyring ou KWallet) et rouvrez cette boîte de dialogue.</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="474"/>
        <source>Import for This &amp;Session Only</source>
        <translation>Importer pour cette &amp;session seulement</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="476"/>
        <source>Keep the checked logins in memory until Wharf quits; nothing is written to disk</source>
        <translation>Garder les connexions cochées en mémoire jusqu’à ce que Wharf quitte&#x202f;; rien n’est écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="480"/>
        <source>Copy the checked logins into the system keychain</source>
        <translation>Copier les connexions cochées dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="496"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ImportLoginsDialog.cpp" line="496"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Wharf::JsonFields</name>
    <message>
        <location filename="../core/base/JsonFields.cpp" line="66"/>
        <source>The engine sent an empty reply for %1. If this keeps happening, restart the engine.</source>
        <translation>Le moteur a envoyé une réponse vide pour %1. Si cela se reproduit, redémarrez le moteur.</translation>
    </message>
    <message>
        <location filename="../core/base/JsonFields.cpp" line="76"/>
        <source>The engine&apos;s reply for %1 is not valid JSON (%2 at byte %3). The reply may be cut off or the endpoint may not be a container engine.</source>
        <extracomment>%1 names the reply (&quot;the image list&quot;), %2 is Qt&apos;s parser message, %3 a byte offset.</extracomment>
        <translation>La réponse du moteur pour %1 n’est pas du JSON valide (%2 à l’octet %3). La réponse est peut-être coupée ou le point d’accès n’est peut-être pas un moteur de conteneurs.</translation>
    </message>
</context>
<context>
    <name>Wharf::KeychainSecretStore</name>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="57"/>
        <source>The keychain could not read the login for %1.</source>
        <translation>Le trousseau n’a pas pu lire la connexion pour %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="59"/>
        <source>The keychain could not save the login for %1.</source>
        <translation>Le trousseau n’a pas pu enregistrer la connexion pour %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="61"/>
        <source>The keychain could not remove the login for %1.</source>
        <translation>Le trousseau n’a pas pu supprimer la connexion pour %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="83"/>
        <source>No keychain is available: no Secret Service answers on the session bus. Wharf can keep the password for this session only.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: aucun Secret Service ne répond sur le bus de session. Wharf peut garder le mot de passe pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="89"/>
        <source>The keychain holds no login for %1.</source>
        <translation>Le trousseau ne contient aucune connexion pour %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="96"/>
        <source>The keychain is locked or refused access. Unlock it (or allow Wharf) and try again, or let Wharf keep the password for this session only.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (ou autorisez Wharf) et réessayez, ou laissez Wharf garder le mot de passe pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="117"/>
        <source>A registry and a username without control characters are needed to keep a login in the keychain.</source>
        <translation>Un registre et un nom d’utilisateur sans caractères de contrôle sont nécessaires pour garder une connexion dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/credentials/KeychainSecretStore.cpp" line="122"/>
        <source>The password for %1 contains a NUL character, which the keychain cannot keep.</source>
        <translation>Le mot de passe pour %1 contient un caractère NUL, que le trousseau ne peut pas garder.</translation>
    </message>
</context>
<context>
    <name>Wharf::KnownError</name>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="35"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="37"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="40"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="43"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="54"/>
        <source>&quot;%1&quot; is not an array</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un tableau</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="57"/>
        <source>&quot;%1&quot; has more than %2 elements</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 éléments</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="81"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="90"/>
        <source>the id &quot;%1&quot; is not kebab-case (lower-case words joined by &quot;-&quot;)</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» n’est pas en kebab-case (mots en minuscules reliés par «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="106"/>
        <source>&quot;fix&quot; is not a non-empty array of steps</source>
        <translation>«&#xa0;fix&#xa0;» n’est pas un tableau non vide d’étapes</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="108"/>
        <source>&quot;fix&quot; has more than %1 steps</source>
        <translation>«&#xa0;fix&#xa0;» a plus de %1 étapes</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="112"/>
        <source>a step of &quot;fix&quot; is not a non-empty string</source>
        <translation>une étape de «&#xa0;fix&#xa0;» n’est pas une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="121"/>
        <source>a pattern is not a string</source>
        <translation>un motif n’est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="124"/>
        <source>a pattern is empty</source>
        <translation>un motif est vide</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="127"/>
        <source>a pattern is longer than %1 characters</source>
        <translation>un motif dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="131"/>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2 at offset %3</source>
        <translation>le motif «&#xa0;%1&#xa0;» n’est pas une expression régulière valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="139"/>
        <source>the pattern &quot;%1&quot; matches empty text</source>
        <translation>le motif «&#xa0;%1&#xa0;» correspond à un texte vide</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="151"/>
        <source>&quot;%1&quot; is not an error code of Wharf</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code d’erreur de Wharf</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="157"/>
        <source>it has neither a pattern nor an error code, so nothing can match it</source>
        <translation>il n’a ni motif ni code d’erreur, donc rien ne peut lui correspondre</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="171"/>
        <source>a link is not a {&quot;title&quot;, &quot;url&quot;} object with an https address</source>
        <translation>un lien n’est pas un objet {&quot;title&quot;, &quot;url&quot;} avec une adresse https</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownError.cpp" line="190"/>
        <source>the symptom &quot;%1&quot; is unknown</source>
        <translation>le symptôme «&#xa0;%1&#xa0;» est inconnu</translation>
    </message>
</context>
<context>
    <name>Wharf::KnownErrorAction</name>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="54"/>
        <source>an action is not a JSON object</source>
        <translation>une action n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="60"/>
        <source>an action has no &quot;kind&quot; string</source>
        <translation>une action n’a pas de chaîne «&#xa0;kind&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="71"/>
        <source>the action kind &quot;%1&quot; is unknown</source>
        <translation>le type d’action «&#xa0;%1&#xa0;» est inconnu</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="76"/>
        <source>a %1 action has no &quot;label&quot; text</source>
        <translation>une action %1 n’a pas de texte «&#xa0;label&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="86"/>
        <source>the command of the action &quot;%1&quot; is not an array of arguments</source>
        <translation>la commande de l’action «&#xa0;%1&#xa0;» n’est pas un tableau d’arguments</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="90"/>
        <source>the command of the action &quot;%1&quot; has no arguments or too many</source>
        <translation>la commande de l’action «&#xa0;%1&#xa0;» n’a aucun argument ou en a trop</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="96"/>
        <source>an argument of the action &quot;%1&quot; is not a string</source>
        <translation>un argument de l’action «&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="101"/>
        <source>the command of the action &quot;%1&quot; names no program</source>
        <translation>la commande de l’action «&#xa0;%1&#xa0;» ne nomme aucun programme</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="108"/>
        <source>the action &quot;%1&quot; names no settings &quot;page&quot;</source>
        <translation>l’action «&#xa0;%1&#xa0;» ne nomme aucune «&#xa0;page&#xa0;» de paramètres</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/KnownErrorAction.cpp" line="116"/>
        <source>the action &quot;%1&quot; names no &quot;check&quot;</source>
        <translation>l’action «&#xa0;%1&#xa0;» ne nomme aucun «&#xa0;check&#xa0;»</translation>
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
        <translation>Utilisation&#xa0;: wharf launch [OPTIONS] IMAGE [-- COMMANDE...]

Lance un shell (ou COMMANDE) dans un conteneur avec /cvmfs et votre dossier de
travail, dans ce terminal. Le même plan que la boîte de dialogue Lancer&#x202f;;
--print l’affiche à la place.

Options&#xa0;:
  --strategy host|automounter|fuse|apptainer|cmssw
                       Comment le conteneur obtient CVMFS (par défaut&#xa0;: host, le
                       /cvmfs de cet ordinateur).
  --engine NOM         Docker ou Podman (tel que «&#xa0;wharf engines&#xa0;» les nomme&#x202f;;
                       par défaut&#xa0;: le moteur qui a l’image, sinon le premier
                       qui répond).
  --workdir DOSSIER    Le dossier de travail, monté au même chemin (par défaut&#xa0;:
                       le dossier courant).
  --bind SRC[:DST][:ro]
                       Un autre dossier à monter (répétable).
  --cvmfs-root DOSSIER Où CVMFS est monté sur cet ordinateur (par défaut /cvmfs).
  --repo NOM           Un dépôt CVMFS à monter d’abord, par exemple cms.cern.ch
                       (répétable).
  --shell bash|zsh|sh  Le shell (bash par défaut&#x202f;; sh quand l’image ne l’a pas).
  --env NOM=VALEUR     Une variable d’environnement dans le conteneur
                       (répétable).
  --name NOM           Le nom du conteneur.   --keep   Le garder ensuite.
  --platform OS/ARCH   par exemple linux/amd64 sur un ordinateur arm64 (émulé).
  --as-root            Ne pas s’exécuter sous votre propre identifiant
                       d’utilisateur.
  --x11                Permettre aux programmes graphiques d’utiliser cet écran.
  --kerberos           Transmettre votre ticket Kerberos (EOS, AFS).
  --release el7|el8|el9
                       L’enveloppe cmssw-elN (stratégie cmssw&#x202f;; el9 par défaut).
  --print              Afficher la commande et quitter&#x202f;; ne rien lancer.

IMAGE est une référence d’image (cmscloud/al9-cms:latest), un ID d’image
(sha256:...), ou pour apptainer un chemin décompressé
(/cvmfs/unpacked.cern.ch/...). La stratégie cmssw n’a pas besoin d’IMAGE.
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="154"/>
        <source>&quot;%1&quot; is not a strategy. Choose host, automounter, fuse, apptainer or cmssw.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une stratégie. Choisissez host, automounter, fuse, apptainer ou cmssw.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="172"/>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env attend NOM=VALEUR, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="181"/>
        <source>unknown option or missing value: &quot;%1&quot;.</source>
        <translation>option inconnue ou valeur manquante&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="185"/>
        <source>more than one image given (&quot;%1&quot;). Put the command after &quot;--&quot;: wharf launch IMAGE -- COMMAND...</source>
        <translation>plus d’une image indiquée («&#xa0;%1&#xa0;»). Mettez la commande après «&#xa0;--&#xa0;»&#xa0;: wharf launch IMAGE -- COMMANDE...</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="191"/>
        <source>no image given.</source>
        <translation>aucune image indiquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="206"/>
        <source>%1 (%2) does not answer: %3</source>
        <translation>%1 (%2) ne répond pas&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="213"/>
        <source>No engine named &quot;%1&quot; answers. &quot;wharf engines&quot; lists them.</source>
        <translation>Aucun moteur nommé «&#xa0;%1&#xa0;» ne répond. «&#xa0;wharf engines&#xa0;» les liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="246"/>
        <source>wharf launch: cannot change to %1.
</source>
        <translation>wharf launch&#xa0;: impossible d’aller dans %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="259"/>
        <source>wharf launch: cannot run %1: %2
</source>
        <translation>wharf launch&#xa0;: impossible de lancer %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="261"/>
        <source>Install %1, or choose another strategy with --strategy.
</source>
        <translation>Installez %1, ou choisissez une autre stratégie avec --strategy.
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
        <translation>wharf launch&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/LaunchCommand.cpp" line="348"/>
        <location filename="../app/cli/LaunchCommand.cpp" line="361"/>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchController</name>
    <message>
        <location filename="../app/LaunchController.cpp" line="191"/>
        <source>Pull Before Launch</source>
        <translation>Télécharger avant de lancer</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="139"/>
        <source>No engine to start the cvmfs-automounter with</source>
        <translation>Aucun moteur pour démarrer le cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="140"/>
        <source>Start Docker (or Podman as root), then try again.</source>
        <translation>Démarrez Docker (ou Podman en root), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="239"/>
        <source>The launch was stopped before anything ran</source>
        <translation>Le lancement a été arrêté avant que quoi que ce soit ne s’exécute</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="251"/>
        <source>Opened a terminal: %1</source>
        <translation>Terminal ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="260"/>
        <location filename="../app/LaunchController.cpp" line="262"/>
        <source>The container stopped at once</source>
        <translation>Le conteneur s’est arrêté aussitôt</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="264"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="271"/>
        <source>The launch failed</source>
        <translation>Le lancement a échoué</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="292"/>
        <source>CVMFS is mounted in %1</source>
        <translation>CVMFS est monté dans %1</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="294"/>
        <source>CVMFS could not be mounted in %1</source>
        <translation>CVMFS n’a pas pu être monté dans %1</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="295"/>
        <source>The image said: %1

The container has no /cvmfs. Check that this computer reaches the CVMFS servers (and the proxy, if you need one), then launch again, or pick another strategy.</source>
        <translation>L’image a dit&#xa0;: %1

Le conteneur n’a pas de /cvmfs. Vérifiez que cet ordinateur atteint les serveurs CVMFS (et le proxy, s’il vous en faut un), puis relancez, ou choisissez une autre stratégie.</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="317"/>
        <source>No launches yet</source>
        <translation>Aucun lancement pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/LaunchController.cpp" line="321"/>
        <source>Clear Recent Launches</source>
        <translation>Effacer les lancements récents</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchDialog</name>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="126"/>
        <source>Launch a Shell</source>
        <translation>Lancer un shell</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="154"/>
        <source>C&amp;opy Command</source>
        <translation>C&amp;opier la commande</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="156"/>
        <source>Copy Command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="157"/>
        <source>Copy the command to run it in a terminal of your own; passwords are left as placeholders</source>
        <translation>Copier la commande pour l’exécuter dans votre propre terminal&#x202f;; les mots de passe restent sous forme de marques à remplacer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="162"/>
        <source>Copy confirmation</source>
        <translation>Confirmation de copie</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="172"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="174"/>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="176"/>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="291"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="292"/>
        <source>cmscloud/al9-cms, or a folder of unpacked.cern.ch for Apptainer</source>
        <translation>cmscloud/al9-cms, ou un dossier d’unpacked.cern.ch pour Apptainer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="299"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="303"/>
        <source>CMS wrapper</source>
        <translation>Enveloppe CMS</translation>
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
        <translation>L’enveloppe choisit l’image pour le système d’exploitation pour lequel votre version de CMSSW a été construite</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="311"/>
        <source>&amp;Wrapper:</source>
        <translation>&amp;Enveloppe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="317"/>
        <source>How the container gets CVMFS</source>
        <translation>Comment le conteneur obtient CVMFS</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="350"/>
        <source>CVMFS:</source>
        <extracomment>How the container gets the CVMFS software repositories.</extracomment>
        <translation>CVMFS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="358"/>
        <source>CVMFS repositories to mount first</source>
        <translation>Dépôts CVMFS à monter d’abord</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="359"/>
        <source>Ticked repositories are opened before the start, so that autofs mounts them and the container finds them there. Space ticks.</source>
        <translation>Les dépôts cochés sont ouverts avant le démarrage, pour qu’autofs les monte et que le conteneur les y trouve. Espace coche.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="369"/>
        <source>Another repository</source>
        <translation>Un autre dépôt</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="370"/>
        <source>another, e.g. cvmfs-config.cern.ch</source>
        <translation>un autre, par exemple cvmfs-config.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="372"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="374"/>
        <source>Add repository</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="389"/>
        <source>&amp;Repositories:</source>
        <translation>&amp;Dépôts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="393"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="396"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="403"/>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="404"/>
        <source>Shown in the container at the same path, and the shell starts there</source>
        <translation>Visible dans le conteneur au même chemin, et le shell y démarre</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="406"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="408"/>
        <source>Choose the working folder</source>
        <translation>Choisir le dossier de travail</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="413"/>
        <source>&amp;Work in:</source>
        <translation>&amp;Travailler dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="417"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="418"/>
        <source>Empty: an interactive shell</source>
        <translation>Vide&#xa0;: un shell interactif</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="419"/>
        <source>A program and its arguments, split like a shell does (quotes group words); no shell runs it</source>
        <translation>Un programme et ses arguments, découpés comme le fait un shell (les guillemets regroupent les mots)&#x202f;; aucun shell ne l’exécute</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="422"/>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="427"/>
        <source>&amp;Advanced: shell, user, container, environment, folders, graphics, Kerberos</source>
        <extracomment>Expands the rarely used options.</extracomment>
        <translation>&amp;Avancé&#xa0;: shell, utilisateur, conteneur, environnement, dossiers, graphisme, Kerberos</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="428"/>
        <source>Advanced options</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="474"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="476"/>
        <source>When the image lacks it, sh starts instead</source>
        <translation>Quand l’image ne l’a pas, sh démarre à la place</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="478"/>
        <source>&amp;Shell:</source>
        <translation>&amp;Shell&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="480"/>
        <source>Run as &amp;me (my user and group ID, so files I create stay mine)</source>
        <translation>S’exécuter en tant que &amp;moi (mes identifiants d’utilisateur et de groupe, pour que les fichiers que je crée restent à moi)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="482"/>
        <source>Run as me</source>
        <translation>S’exécuter en tant que moi</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="486"/>
        <source>&amp;Keep the container after the shell exits</source>
        <translation>&amp;Garder le conteneur après la sortie du shell</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="488"/>
        <source>Keep the container</source>
        <translation>Garder le conteneur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="494"/>
        <source>Container name</source>
        <translation>Nom du conteneur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="495"/>
        <source>Empty: the engine picks one</source>
        <translation>Vide&#xa0;: le moteur en choisit un</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="497"/>
        <source>Container &amp;name:</source>
        <translation>&amp;Nom du conteneur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="501"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="502"/>
        <source>This computer&apos;s own</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="505"/>
        <source>Another architecture than this computer&apos;s runs emulated, several times slower</source>
        <translation>Une architecture autre que celle de cet ordinateur tourne en émulation, plusieurs fois plus lentement</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="508"/>
        <source>&amp;Platform:</source>
        <translation>Plate&amp;forme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="510"/>
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="511"/>
        <source>Add &amp;Variable</source>
        <translation>Ajouter une &amp;variable</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="511"/>
        <source>Remove Variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="515"/>
        <source>En&amp;vironment:</source>
        <translation>E&amp;nvironnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="517"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="517"/>
        <source>The folder (or file) to show in the container</source>
        <translation>Le dossier (ou fichier) à montrer dans le conteneur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="518"/>
        <source>In the container</source>
        <translation>Dans le conteneur</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="519"/>
        <source>Where the container sees it; empty: at the same path</source>
        <translation>Où le conteneur le voit&#x202f;; vide&#xa0;: au même chemin</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="520"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="520"/>
        <source>The container can read it but not change it</source>
        <translation>Le conteneur peut le lire mais pas le modifier</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Extra folders</source>
        <translation>Dossiers supplémentaires</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Add &amp;Folder</source>
        <translation>Ajouter un d&amp;ossier</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="521"/>
        <source>Remove Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="525"/>
        <source>E&amp;xtra folders:</source>
        <translation>Dossiers suppl&amp;émentaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="527"/>
        <source>&amp;Graphical programs (X11: ROOT&apos;s TBrowser, …)</source>
        <translation>Programmes &amp;graphiques (X11&#xa0;: le TBrowser de ROOT, …)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="529"/>
        <source>Graphical programs</source>
        <translation>Programmes graphiques</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="533"/>
        <source>Kerberos &amp;ticket (for EOS and AFS)</source>
        <translation>&amp;Ticket Kerberos (pour EOS et AFS)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="535"/>
        <source>Kerberos ticket</source>
        <translation>Ticket Kerberos</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="541"/>
        <source>Registry user name</source>
        <translation>Nom d’utilisateur du registre</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="542"/>
        <source>Empty: pull anonymously</source>
        <translation>Vide&#xa0;: télécharger anonymement</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="543"/>
        <source>Apptainer pulls the image as this user; the password is taken from the keychain when it runs, never written in the command</source>
        <translation>Apptainer télécharge l’image en tant que cet utilisateur&#x202f;; le mot de passe est pris dans le trousseau à l’exécution, jamais écrit dans la commande</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="546"/>
        <source>Registry &amp;user:</source>
        <translation>&amp;Utilisateur du registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="556"/>
        <source>What Launch runs</source>
        <extracomment>Heading of the plan: the exact command, what to know, what is checked.</extracomment>
        <translation>Ce que Lancer exécute</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="562"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="568"/>
        <source>The command Launch runs</source>
        <translation>La commande que Lancer exécute</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="581"/>
        <source>Warnings and checks</source>
        <translation>Avertissements et vérifications</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="643"/>
        <source>docker (its default engine)</source>
        <translation>docker (son moteur par défaut)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="645"/>
        <source>podman (its default engine)</source>
        <translation>podman (son moteur par défaut)</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="725"/>
        <source>Choose the Folder to Work In</source>
        <translation>Choisir le dossier de travail</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="944"/>
        <source>No command yet: correct the marked option.</source>
        <translation>Pas encore de commande&#xa0;: corrigez l’option signalée.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="959"/>
        <source>Before you launch</source>
        <translation>Avant de lancer</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="964"/>
        <source>Checked before it starts</source>
        <translation>Vérifié avant le démarrage</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1083"/>
        <source>Shares this computer&apos;s /cvmfs through Docker Desktop; needs the CVMFS client here.</source>
        <translation>Partage le /cvmfs de cet ordinateur par Docker Desktop&#x202f;; nécessite le client CVMFS ici.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1084"/>
        <source>Binds this computer&apos;s /cvmfs into the container; needs the CVMFS client here.</source>
        <translation>Lie le /cvmfs de cet ordinateur dans le conteneur&#x202f;; nécessite le client CVMFS ici.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1089"/>
        <source>Not on this computer: needs Docker or Podman running directly on Linux, not in Docker Desktop&apos;s virtual machine.</source>
        <translation>Pas sur cet ordinateur&#xa0;: nécessite Docker ou Podman tournant directement sous Linux, pas dans la machine virtuelle de Docker Desktop.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1092"/>
        <source>A helper container mounts CVMFS for every container; Wharf offers to start it.</source>
        <translation>Un conteneur auxiliaire monte CVMFS pour chaque conteneur&#x202f;; Wharf propose de le démarrer.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1096"/>
        <source>For images that mount CVMFS themselves; the container gets extra privileges.</source>
        <translation>Pour les images qui montent CVMFS elles-mêmes&#x202f;; le conteneur reçoit des privilèges supplémentaires.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1101"/>
        <source>Linux only: Apptainer does not run on macOS or Windows.</source>
        <translation>Linux uniquement&#xa0;: Apptainer ne tourne pas sous macOS ni sous Windows.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1104"/>
        <source>Apptainer is not installed here; the command can still be copied.</source>
        <translation>Apptainer n’est pas installé ici&#x202f;; la commande peut quand même être copiée.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1106"/>
        <source>Runs the image with %1 instead of Docker or Podman, /cvmfs bound in.</source>
        <translation>Lance l’image avec %1 au lieu de Docker ou Podman, avec /cvmfs lié.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1112"/>
        <source>Linux only: the cmssw-elN wrappers run Apptainer.</source>
        <translation>Linux uniquement&#xa0;: les enveloppes cmssw-elN utilisent Apptainer.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1115"/>
        <source>Needs Apptainer, which is not installed here; the command can still be copied.</source>
        <translation>Nécessite Apptainer, qui n’est pas installé ici&#x202f;; la commande peut quand même être copiée.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1117"/>
        <source>CMS&apos;s cmssw-el7/8/9 wrappers from /cvmfs/cms.cern.ch: the release&apos;s own image.</source>
        <translation>Les enveloppes cmssw-el7/8/9 de CMS dans /cvmfs/cms.cern.ch&#xa0;: l’image propre à la version.</translation>
    </message>
    <message>
        <location filename="../app/LaunchDialog.cpp" line="1152"/>
        <source>an image (cmscloud/al9-cms) or a folder of /cvmfs/unpacked.cern.ch</source>
        <translation>une image (cmscloud/al9-cms) ou un dossier de /cvmfs/unpacked.cern.ch</translation>
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
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchPreconditionChecker</name>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="57"/>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="59"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="61"/>
        <source>symbolic link</source>
        <translation>lien symbolique</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="63"/>
        <source>character device</source>
        <translation>périphérique caractère</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="65"/>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="66"/>
        <source>special file</source>
        <translation>fichier spécial</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="181"/>
        <source>%1 exists.</source>
        <translation>%1 existe.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="182"/>
        <source>lstat %1: %2</source>
        <translation>lstat %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="188"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="189"/>
        <source>%1 cannot be looked at: %2</source>
        <translation>%1 ne peut pas être examiné&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="198"/>
        <source>Make %1 exist (%2), or change the launch option that names it.</source>
        <translation>Faites exister %1 (%2), ou modifiez l’option de lancement qui le nomme.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="229"/>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="230"/>
        <source>%1: directory, not empty, answered in %2 ms</source>
        <translation>%1&#xa0;: dossier, non vide, réponse en %2 ms</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="236"/>
        <source>Check that the repository is configured and can be reached: `%1` (the name must be in CVMFS_REPOSITORIES in /etc/cvmfs/default.local). If CVMFS comes from the automounter container, check that it runs.</source>
        <translation>Vérifiez que le dépôt est configuré et joignable&#xa0;: `%1` (le nom doit figurer dans CVMFS_REPOSITORIES dans /etc/cvmfs/default.local). Si CVMFS vient du conteneur automounter, vérifiez qu’il tourne.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="243"/>
        <source>%1 does not exist: the repository is not mounted.</source>
        <translation>%1 n’existe pas&#xa0;: le dépôt n’est pas monté.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="244"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="260"/>
        <source>%1 is not a directory, so it is no CVMFS repository.</source>
        <translation>%1 n’est pas un dossier, ce n’est donc pas un dépôt CVMFS.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="261"/>
        <source>%1: not a directory</source>
        <translation>%1&#xa0;: pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="262"/>
        <source>Check the CVMFS folder in the launch options and the repository name (%1).</source>
        <translation>Vérifiez le dossier CVMFS dans les options de lancement et le nom du dépôt (%1).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="267"/>
        <source>%1 is empty: the repository is not mounted.</source>
        <translation>%1 est vide&#xa0;: le dépôt n’est pas monté.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="268"/>
        <source>%1: empty directory (answered in %2 ms)</source>
        <translation>%1&#xa0;: dossier vide (réponse en %2 ms)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="302"/>
        <source>Make %1 a shared mount of its own: `sudo mount --bind %1 %1`, then `sudo mount --make-rshared %1` (again after each reboot, or as a systemd mount unit).</source>
        <translation>Faites de %1 un montage partagé à part entière&#xa0;: `sudo mount --bind %1 %1`, puis `sudo mount --make-rshared %1` (à refaire après chaque redémarrage, ou en unité de montage systemd).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="307"/>
        <source>The mount table cannot be read, so whether %1 is shared is not known.</source>
        <translation>La table des montages ne peut pas être lue, on ne sait donc pas si %1 est partagé.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="308"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="480"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="532"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="309"/>
        <source>Look yourself: `findmnt -o TARGET,PROPAGATION %1`.</source>
        <translation>Regardez vous-même&#xa0;: `findmnt -o TARGET,PROPAGATION %1`.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="317"/>
        <source>No mount holds %1 in the mount table.</source>
        <translation>Aucun montage de la table des montages ne contient %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="318"/>
        <source>%1: %n mounts, none holds the path</source>
        <translation>
            <numerusform>%1&#xa0;: %n montage, aucun ne contient le chemin</numerusform>
            <numerusform>%1&#xa0;: %n montages, aucun ne contient le chemin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="327"/>
        <source>%1: a mount point (%2), propagation %3</source>
        <translation>%1&#xa0;: un point de montage (%2), propagation %3</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="329"/>
        <source>%1: on the mount %2 (%3), propagation %4</source>
        <translation>%1&#xa0;: sur le montage %2 (%3), propagation %4</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="336"/>
        <source>%1 is a shared mount.</source>
        <translation>%1 est un montage partagé.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="337"/>
        <source>%1 is on the shared mount %2.</source>
        <translation>%1 est sur le montage partagé %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="341"/>
        <source>%1 is not on a shared mount (%2 holds it, propagation %3): mounts made below it do not reach other containers.</source>
        <translation>%1 n’est pas sur un montage partagé (%2 le contient, propagation %3)&#xa0;: les montages faits en dessous n’atteignent pas les autres conteneurs.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="360"/>
        <source>No engine is connected, so whether the container &quot;%1&quot; runs is not known.</source>
        <translation>Aucun moteur n’est connecté, on ne sait donc pas si le conteneur «&#xa0;%1&#xa0;» tourne.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="361"/>
        <source>no engine to ask</source>
        <translation>aucun moteur à interroger</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="362"/>
        <source>Start Docker or Podman and pick it for the launch.</source>
        <translation>Démarrez Docker ou Podman et choisissez-le pour le lancement.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="376"/>
        <source>The engine could not list its containers: %1</source>
        <translation>Le moteur n’a pas pu lister ses conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="382"/>
        <source>Check that the engine runs (the engine line at the bottom of Wharf&apos;s window), then try again.</source>
        <translation>Vérifiez que le moteur tourne (la ligne du moteur en bas de la fenêtre de Wharf), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="578"/>
        <source>Check that the engine runs and answers (the engine line at the bottom of Wharf&apos;s window), then try again.</source>
        <translation>Vérifiez que le moteur tourne et répond (la ligne du moteur en bas de la fenêtre de Wharf), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="395"/>
        <source>The container &quot;%1&quot; is running.</source>
        <translation>Le conteneur «&#xa0;%1&#xa0;» est en cours d’exécution.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="396"/>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="403"/>
        <source>container %1 (%2, image %3): %4</source>
        <translation>conteneur %1 (%2, image %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="402"/>
        <source>The container &quot;%1&quot; exists but is %2.</source>
        <translation>Le conteneur «&#xa0;%1&#xa0;» existe mais est %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="405"/>
        <source>Start it again (`docker start %1` or `podman start %1`), then launch again. If it keeps stopping, its logs say why (`docker logs %1`).</source>
        <translation>Redémarrez-le (`docker start %1` ou `podman start %1`), puis relancez. S’il continue de s’arrêter, ses journaux disent pourquoi (`docker logs %1`).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="409"/>
        <source>There is no container &quot;%1&quot; on this engine.</source>
        <translation>Il n’y a pas de conteneur «&#xa0;%1&#xa0;» sur ce moteur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="410"/>
        <source>%n containers, none named %1</source>
        <translation>
            <numerusform>%n conteneur, aucun nommé %1</numerusform>
            <numerusform>%n conteneurs, aucun nommé %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="411"/>
        <source>Start the container &quot;%1&quot;, then launch again. If it is the cvmfs-automounter, Wharf starts it for you after you confirm its privileges.</source>
        <translation>Démarrez le conteneur «&#xa0;%1&#xa0;», puis relancez. Si c’est le cvmfs-automounter, Wharf le démarre pour vous après que vous avez confirmé ses privilèges.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="467"/>
        <source>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</source>
        <translation>Docker Desktop &gt; Settings &gt; Resources &gt; File sharing</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="471"/>
        <source>Docker Desktop on this system has no File Sharing list to check.</source>
        <translation>Docker Desktop n’a pas de liste de partage de fichiers à vérifier sur ce système.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="472"/>
        <source>no File Sharing list on this system</source>
        <translation>pas de liste de partage de fichiers sur ce système</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="478"/>
        <source>Docker Desktop&apos;s settings cannot be read, so whether it shares %1 is not known.</source>
        <translation>Les paramètres de Docker Desktop ne peuvent pas être lus, on ne sait donc pas s’il partage %1.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="481"/>
        <source>Open %1 and check that %2 is listed; add it, then Apply &amp; restart.</source>
        <translation>Ouvrez %1 et vérifiez que %2 est listé&#x202f;; ajoutez-le, puis Apply &amp; restart.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="488"/>
        <source>no Docker Desktop settings file: its default File Sharing list applies: %1</source>
        <translation>pas de fichier de paramètres de Docker Desktop&#xa0;: sa liste de partage de fichiers par défaut s’applique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="490"/>
        <source>%1: File Sharing list: %2</source>
        <translation>%1&#xa0;: liste de partage de fichiers&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="492"/>
        <source>%1: no File Sharing list; the default applies: %2</source>
        <translation>%1&#xa0;: pas de liste de partage de fichiers&#x202f;; la valeur par défaut s’applique&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="497"/>
        <source>Docker Desktop shares %1 (through %2).</source>
        <translation>Docker Desktop partage %1 (par %2).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="502"/>
        <source>Docker Desktop does not share %1 with its virtual machine: the container would fail with &quot;Mounts denied&quot;.</source>
        <translation>Docker Desktop ne partage pas %1 avec sa machine virtuelle&#xa0;: le conteneur échouerait avec «&#xa0;Mounts denied&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="507"/>
        <source>Open %1, add %2 with the + button, then Apply &amp; restart.</source>
        <translation>Ouvrez %1, ajoutez %2 avec le bouton +, puis Apply &amp; restart.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="531"/>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="537"/>
        <source>%1 is not installed (not found on the PATH).</source>
        <translation>%1 n’est pas installé (introuvable dans le PATH).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="538"/>
        <source>%1: not found in PATH=%2</source>
        <translation>%1&#xa0;: introuvable dans PATH=%2</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="544"/>
        <source>Install %1, or choose another way to get CVMFS for this launch.</source>
        <translation>Installez %1, ou choisissez une autre façon d’obtenir CVMFS pour ce lancement.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="564"/>
        <source>%1 gave no answer in %2 s: the repository hangs.</source>
        <translation>%1 n’a pas répondu en %2 s&#xa0;: le dépôt bloque.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="565"/>
        <source>stat and list %1: no answer after %2 s</source>
        <translation>stat et liste de %1&#xa0;: pas de réponse après %2 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="567"/>
        <source>A repository that hangs cannot reach its servers: check the proxy (CVMFS_HTTP_PROXY in /etc/cvmfs/default.local; DIRECT on a laptop outside CERN), then `cvmfs_config probe %1`. If it stays stuck: `sudo cvmfs_config reload`, or `sudo systemctl restart autofs`.</source>
        <translation>Un dépôt qui bloque ne peut pas joindre ses serveurs&#xa0;: vérifiez le proxy (CVMFS_HTTP_PROXY dans /etc/cvmfs/default.local&#x202f;; DIRECT sur un portable hors du CERN), puis `cvmfs_config probe %1`. S’il reste bloqué&#xa0;: `sudo cvmfs_config reload`, ou `sudo systemctl restart autofs`.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="571"/>
        <source>If CVMFS comes from the automounter container, restart that container.</source>
        <translation>Si CVMFS vient du conteneur automounter, redémarrez ce conteneur.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="576"/>
        <source>The engine gave no answer in %1 s about the container &quot;%2&quot;.</source>
        <translation>Le moteur n’a pas répondu en %1 s au sujet du conteneur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="577"/>
        <source>list containers: no answer after %1 s</source>
        <translation>liste des conteneurs&#xa0;: pas de réponse après %1 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="584"/>
        <source>Checking %1 gave no answer in %2 s: a network file system (AFS, EOS, CVMFS, NFS) may hang.</source>
        <translation>La vérification de %1 n’a pas répondu en %2 s&#xa0;: un système de fichiers réseau (AFS, EOS, CVMFS, NFS) bloque peut-être.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="587"/>
        <source>%1: no answer after %2 s</source>
        <translation>%1&#xa0;: pas de réponse après %2 s</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchPreconditionChecker.cpp" line="588"/>
        <source>Check that the network file systems on this computer answer (`ls` the folders on the PATH and in your home), then try again.</source>
        <translation>Vérifiez que les systèmes de fichiers réseau de cet ordinateur répondent (faites `ls` sur les dossiers du PATH et de votre dossier personnel), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRequestJson</name>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="55"/>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="84"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="68"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="107"/>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="127"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="147"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not %2.</source>
        <extracomment>%1 is a key of the stored JSON (&quot;binds[0].source&quot;), %2 what it should be (&quot;text&quot;).</extracomment>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» n’est pas %2.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="165"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="170"/>
        <source>A saved launch cannot be read: &quot;%1&quot; has %2 entries, more than the %3 a launch can have.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» a %2 entrées, plus que les %3 qu’un lancement peut avoir.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="184"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is longer than any launch needs.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» est plus long que ce dont un lancement a besoin.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="191"/>
        <source>A saved launch cannot be read: &quot;%1&quot; contains a NUL character.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="254"/>
        <source>A saved launch cannot be read: it was written by a newer version of Wharf.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: il a été écrit par une version plus récente de Wharf.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="259"/>
        <source>A saved launch cannot be read: it has no version Wharf knows.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: il n’a aucune version que Wharf connaisse.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="268"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not a launch strategy.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» n’est pas une stratégie de lancement.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="284"/>
        <source>A saved launch cannot be read: &quot;%1&quot; is not an engine (docker or podman).</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: «&#xa0;%1&#xa0;» n’est pas un moteur (docker ou podman).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="336"/>
        <source>A saved launch cannot be read: it is larger than any launch needs.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: il est plus grand que ce dont un lancement a besoin.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="342"/>
        <source>A saved launch cannot be read: it is not valid JSON.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: ce n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestJson.cpp" line="347"/>
        <source>A saved launch cannot be read: it is not a JSON object.</source>
        <translation>Un lancement enregistré ne peut pas être lu&#xa0;: ce n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRequestValidator</name>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="42"/>
        <source>%1 contains a NUL character, which no program argument can hold. Remove it.</source>
        <translation>%1 contient un caractère NUL, qu’aucun argument de programme ne peut contenir. Retirez-le.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="61"/>
        <source>Choose an image to launch.</source>
        <translation>Choisissez une image à lancer.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="65"/>
        <source>The image path</source>
        <translation>Le chemin de l’image</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="68"/>
        <source>The image path contains a line break or another control character. Choose the image folder again.</source>
        <translation>Le chemin de l’image contient un saut de ligne ou un autre caractère de contrôle. Choisissez de nouveau le dossier de l’image.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="91"/>
        <source>%1 is empty. Choose a folder.</source>
        <translation>%1 est vide. Choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="95"/>
        <source>%1 must be an absolute path, starting with &quot;/&quot; (it is &quot;%2&quot;).</source>
        <translation>%1 doit être un chemin absolu, commençant par «&#xa0;/&#xa0;» (c’est «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="102"/>
        <source>%1 &quot;%2&quot; contains &quot;%3&quot;. Docker, Podman and Apptainer split a mount specification at &apos;:&apos; and &apos;,&apos; and have no way to escape them, so this path cannot be mounted. Rename the folder, or use a folder whose path has neither character.</source>
        <extracomment>%3 is &apos;:&apos; or &apos;,&apos;</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» contient «&#xa0;%3&#xa0;». Docker, Podman et Apptainer découpent une spécification de montage à &apos;:&apos; et &apos;,&apos; et n’ont aucun moyen de les échapper, donc ce chemin ne peut pas être monté. Renommez le dossier, ou utilisez un dossier dont le chemin ne contient aucun de ces caractères.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="116"/>
        <source>&quot;%1&quot; cannot be a container name. Use at least two characters: letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de conteneur. Utilisez au moins deux caractères&#xa0;: lettres, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is not an engine address. Write it as unix:///path/to/socket, tcp://host:port or ssh://user@host, or leave it empty for the command&apos;s default.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de moteur. Écrivez-la unix:///chemin/vers/socket, tcp://hôte:port ou ssh://utilisateur@hôte, ou laissez-la vide pour la valeur par défaut de la commande.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="137"/>
        <source>The automounter&apos;s mount folder</source>
        <translation>Le dossier de montage de l’automounter</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="142"/>
        <source>The automounter&apos;s mount folder cannot be &quot;/&quot;. Use a folder of its own, such as /shared-mounts.</source>
        <translation>Le dossier de montage de l’automounter ne peut pas être «&#xa0;/&#xa0;». Utilisez un dossier à part, comme /shared-mounts.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="160"/>
        <source>The working folder</source>
        <translation>Le dossier de travail</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="164"/>
        <source>The working folder cannot be &quot;/&quot;: it would replace the container&apos;s own files. Choose the folder you work in.</source>
        <translation>Le dossier de travail ne peut pas être «&#xa0;/&#xa0;»&#xa0;: il remplacerait les fichiers propres au conteneur. Choisissez le dossier dans lequel vous travaillez.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="172"/>
        <source>The folder to mount</source>
        <translation>Le dossier à monter</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="176"/>
        <source>The path inside the container</source>
        <translation>Le chemin dans le conteneur</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="182"/>
        <source>A folder cannot be mounted on the container&apos;s root &quot;/&quot;. Choose another path inside the container.</source>
        <translation>Un dossier ne peut pas être monté sur la racine «&#xa0;/&#xa0;» du conteneur. Choisissez un autre chemin dans le conteneur.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="190"/>
        <source>&quot;%1&quot; is not a shell Wharf can start. Choose bash, zsh or sh.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un shell que Wharf peut démarrer. Choisissez bash, zsh ou sh.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="198"/>
        <source>&quot;%1&quot; is not a valid environment variable name. Use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement valide. Utilisez des lettres, des chiffres et &apos;_&apos;, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="203"/>
        <source>The value of %1</source>
        <translation>La valeur de %1</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="210"/>
        <source>&quot;%1&quot; is not a platform. Write it as system/architecture, for example linux/amd64, or leave it empty for this computer&apos;s own.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une plateforme. Écrivez-la système/architecture, par exemple linux/amd64, ou laissez-la vide pour celle de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="221"/>
        <source>The CVMFS folder</source>
        <translation>Le dossier CVMFS</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="224"/>
        <source>The CVMFS folder cannot be &quot;/&quot;. It is usually /cvmfs.</source>
        <translation>Le dossier CVMFS ne peut pas être «&#xa0;/&#xa0;». C’est généralement /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="229"/>
        <source>&quot;%1&quot; is not a CVMFS repository name such as cms.cern.ch.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dépôt CVMFS comme cms.cern.ch.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="243"/>
        <source>&quot;%1&quot; is not a CMS wrapper. Choose el7, el8 or el9.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une enveloppe CMS. Choisissez el7, el8 ou el9.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="250"/>
        <source>The command</source>
        <translation>La commande</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRequestValidator.cpp" line="256"/>
        <source>The registry user name contains a line break or another control character. Type it again.</source>
        <translation>Le nom d’utilisateur du registre contient un saut de ligne ou un autre caractère de contrôle. Tapez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchRunner</name>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="65"/>
        <source>This launch needs a secret that was not given (%1): log in to the registry in Wharf&apos;s settings, or launch without a registry user name.</source>
        <translation>Ce lancement a besoin d’un secret qui n’a pas été fourni (%1)&#xa0;: connectez-vous au registre dans les paramètres de Wharf, ou lancez sans nom d’utilisateur de registre.</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="74"/>
        <source>Wharf: %1 (%2)</source>
        <translation>Wharf&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchRunner.cpp" line="87"/>
        <source>This launch has already been started.</source>
        <translation>Ce lancement a déjà été démarré.</translation>
    </message>
</context>
<context>
    <name>Wharf::LaunchStrategy</name>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="36"/>
        <source>CVMFS from this computer</source>
        <translation>CVMFS de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="38"/>
        <source>CVMFS from the cvmfs-automounter container</source>
        <translation>CVMFS du conteneur cvmfs-automounter</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="40"/>
        <source>CVMFS mounted inside the container (FUSE)</source>
        <translation>CVMFS monté dans le conteneur (FUSE)</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="42"/>
        <source>Apptainer / Singularity</source>
        <translation>Apptainer / Singularity</translation>
    </message>
    <message>
        <location filename="../core/launch/LaunchStrategy.cpp" line="44"/>
        <source>CMS wrapper (cmssw-elN)</source>
        <translation>Enveloppe CMS (cmssw-elN)</translation>
    </message>
</context>
<context>
    <name>Wharf::LinkHeader</name>
    <message>
        <location filename="../core/registry/LinkHeader.cpp" line="44"/>
        <source>The registry sent a malformed link to the next page of results, so the list is incomplete. Try again; if it keeps happening, tell the registry&apos;s administrator.</source>
        <translation>Le registre a envoyé un lien mal formé vers la page de résultats suivante, la liste est donc incomplète. Réessayez&#x202f;; si cela continue, prévenez l’administrateur du registre.</translation>
    </message>
    <message>
        <location filename="../core/registry/LinkHeader.cpp" line="147"/>
        <source>The registry&apos;s link to the next page of results points to another server (%1). Wharf does not follow it, so that your credentials stay with this registry; the list is incomplete.</source>
        <extracomment>%1 is the server the registry&apos;s link points to (&quot;https://other.example:443&quot;).</extracomment>
        <translation>Le lien du registre vers la page de résultats suivante pointe vers un autre serveur (%1). Wharf ne le suit pas, pour que vos identifiants restent chez ce registre&#x202f;; la liste est incomplète.</translation>
    </message>
</context>
<context>
    <name>Wharf::LoggedInPull</name>
    <message>
        <location filename="../app/LoggedInPull.cpp" line="60"/>
        <source>Pulling without your login for %1</source>
        <translation>Téléchargement sans votre connexion pour %1</translation>
    </message>
    <message>
        <location filename="../app/LoggedInPull.cpp" line="61"/>
        <source>%1 The pull goes without credentials; a private image will be refused.</source>
        <translation>%1 Le téléchargement se fait sans identifiants&#x202f;; une image privée sera refusée.</translation>
    </message>
</context>
<context>
    <name>Wharf::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="76"/>
        <source>Log In to a Registry</source>
        <translation>Se connecter à un registre</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="82"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="96"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="99"/>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="100"/>
        <source>Password or access token</source>
        <translation>Mot de passe ou jeton d’accès</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="105"/>
        <source>Remember in the system &amp;keychain</source>
        <translation>Retenir dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="107"/>
        <source>The password or token goes to the system keychain (the Secret Service, macOS Keychain or Windows Credential Manager), never to a file of Wharf&apos;s.</source>
        <translation>Le mot de passe ou le jeton va dans le trousseau du système (le Secret Service, le trousseau de macOS ou le Gestionnaire d’identification de Windows), jamais dans un fichier de Wharf.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="110"/>
        <source>For this &amp;session only (kept in memory until Wharf quits)</source>
        <translation>Pour cette &amp;session seulement (gardé en mémoire jusqu’à ce que Wharf quitte)</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="121"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="126"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="130"/>
        <source>&amp;Password or token:</source>
        <extracomment>A password, or an access token used in its place.</extracomment>
        <translation>&amp;Mot de passe ou jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="136"/>
        <source>Keep it:</source>
        <extracomment>Where the password is kept.</extracomment>
        <translation>Le garder&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="142"/>
        <source>Use for This &amp;Session Only</source>
        <translation>Utiliser pour cette &amp;session seulement</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="145"/>
        <source>Keep the login in memory until Wharf quits; nothing is written to disk</source>
        <translation>Garder la connexion en mémoire jusqu’à ce que Wharf quitte&#x202f;; rien n’est écrit sur le disque</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="155"/>
        <source>&amp;Log In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="158"/>
        <source>Check the login with the registry, then keep it</source>
        <translation>Vérifier la connexion auprès du registre, puis la garder</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="244"/>
        <source>The registry&apos;s host[:port], e.g. gitlab-registry.cern.ch.</source>
        <translation>L’hôte[:port] du registre, par exemple gitlab-registry.cern.ch.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="252"/>
        <source>Logs in to %1</source>
        <translation>Se connecte à %1</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="263"/>
        <source>&lt;a href=&quot;%1&quot;&gt;how to make one&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;comment en créer un&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="269"/>
        <source>make one on &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <extracomment>%1: a link to the token page of the GitLab instance, %2: a link to GitLab&apos;s help.</extracomment>
        <translation>créez-en un sur &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="273"/>
        <source>&lt;b&gt;GitLab:&lt;/b&gt; an account with two-factor authentication or single sign-on (CERN SSO) cannot log in with its password here. Use a &lt;b&gt;personal access token&lt;/b&gt; with the &lt;b&gt;read_registry&lt;/b&gt; scope as the password, and your GitLab user name: %1.</source>
        <translation>&lt;b&gt;GitLab&#xa0;:&lt;/b&gt; un compte avec authentification à deux facteurs ou authentification unique (CERN SSO) ne peut pas se connecter ici avec son mot de passe. Utilisez comme mot de passe un &lt;b&gt;jeton d’accès personnel&lt;/b&gt; avec la portée &lt;b&gt;read_registry&lt;/b&gt;, et votre nom d’utilisateur GitLab&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="301"/>
        <source>A user name cannot contain &quot;:&quot; (the registry would read the rest as the password).</source>
        <translation>Un nom d’utilisateur ne peut pas contenir «&#xa0;:&#xa0;» (le registre lirait la suite comme le mot de passe).</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="304"/>
        <source>The user name starts or ends with a space: remove it.</source>
        <translation>Le nom d’utilisateur commence ou se termine par une espace&#xa0;: retirez-la.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="307"/>
        <source>The user name or password contains a control character (pasted by accident?): remove it.</source>
        <translation>Le nom d’utilisateur ou le mot de passe contient un caractère de contrôle (collé par erreur&#x202f;?)&#xa0;: retirez-le.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="325"/>
        <source>The system keychain cannot be reached.</source>
        <translation>Le trousseau du système est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="326"/>
        <source>The system keychain cannot be reached: %1</source>
        <translation>Le trousseau du système est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="328"/>
        <source>Wharf can keep this login in memory for this session only; it is never written to disk. You will log in again after Wharf quits.</source>
        <translation>Wharf peut garder cette connexion en mémoire pour cette session seulement&#x202f;; elle n’est jamais écrite sur le disque. Vous vous reconnecterez après que Wharf aura quitté.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="389"/>
        <source>Checking the login with %1…</source>
        <translation>Vérification de la connexion auprès de %1…</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="402"/>
        <source>Logging in to %1 as %2</source>
        <translation>Connexion à %1 en tant que %2</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="419"/>
        <source>Keeping the login for this session…</source>
        <translation>Conservation de la connexion pour cette session…</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="420"/>
        <source>Saving the login in the system keychain…</source>
        <translation>Enregistrement de la connexion dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="434"/>
        <source>%1 accepted the login, but the system keychain cannot be reached, so Wharf did not keep it. Use it for this session only (in memory, never written to disk), or start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>%1 a accepté la connexion, mais le trousseau du système est injoignable, Wharf ne l’a donc pas gardée. Utilisez-la pour cette session seulement (en mémoire, jamais écrite sur le disque), ou démarrez votre trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="448"/>
        <source>Keeping the login for %1</source>
        <translation>Conservation de la connexion pour %1</translation>
    </message>
</context>
<context>
    <name>Wharf::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="99"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="102"/>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="123"/>
        <source>unpacked.cern.ch</source>
        <translation>unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="142"/>
        <source>a local engine</source>
        <translation>un moteur local</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="151"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="159"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209"/>
        <source>An engine you chose cannot be used</source>
        <translation>Un moteur que vous avez choisi ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212"/>
        <source>Wharf started Podman for you</source>
        <translation>Wharf a démarré Podman pour vous</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="248"/>
        <source>&amp;Recent Launches</source>
        <translation>Lancements &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="255"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="265"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="269"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="278"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="293"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="295"/>
        <source>&amp;Troubleshooting Wizard…</source>
        <translation>Assistant de &amp;dépannage…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="298"/>
        <source>&amp;About Wharf</source>
        <translation>À &amp;propos de Wharf</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="300"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="352"/>
        <source>not probed yet</source>
        <translation>pas encore sondé</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="353"/>
        <source>does not answer: %1</source>
        <translation>ne répond pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="355"/>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="356"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>%1 %2 API %3 at %4: %5</source>
        <extracomment>One engine in a diagnostics bundle: &quot;Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers&quot;</extracomment>
        <translation>%1 %2 API %3 sur %4&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>No engine found.</source>
        <translation>Aucun moteur trouvé.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>The engines are still being looked for.</source>
        <translation>Les moteurs sont encore en cours de recherche.</translation>
    </message>
</context>
<context>
    <name>Wharf::MessageBanner</name>
    <message>
        <location filename="../app/MessageBanner.cpp" line="75"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../app/MessageBanner.cpp" line="76"/>
        <source>Dismiss message</source>
        <translation>Ignorer le message</translation>
    </message>
    <message>
        <location filename="../app/MessageBanner.cpp" line="131"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Wharf::MountPropagationCheck</name>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="27"/>
        <source>Mount propagation of /cvmfs</source>
        <translation>Propagation des montages de /cvmfs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="35"/>
        <source>Mount propagation matters only on Linux; Docker Desktop&apos;s virtual machine does not share mounts with this computer (drop :rslave and :shared there).</source>
        <translation>La propagation des montages ne compte que sous Linux&#x202f;; la machine virtuelle de Docker Desktop ne partage pas ses montages avec cet ordinateur (retirez-y&#xa0;:rslave et&#xa0;:shared).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="43"/>
        <source>The mount table cannot be read.</source>
        <translation>La table des montages ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="44"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="45"/>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="61"/>
        <source>Look at it yourself: `findmnt -o TARGET,PROPAGATION /cvmfs`.</source>
        <translation>Examinez-la vous-même&#xa0;: `findmnt -o TARGET,PROPAGATION /cvmfs`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="52"/>
        <source>%1: %2 mounts</source>
        <translation>%1&#xa0;: %2 montages</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="54"/>
        <source>%1: lines not understood and skipped: %2</source>
        <translation>%1&#xa0;: lignes non comprises et ignorées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="59"/>
        <source>The mount table is empty or not understood.</source>
        <translation>La table des montages est vide ou n’est pas comprise.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="76"/>
        <source>/cvmfs is held by %1: %2</source>
        <translation>/cvmfs est contenu par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="82"/>
        <source>mounted below /cvmfs: %1: %2</source>
        <translation>monté sous /cvmfs&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="87"/>
        <source>%1, which holds /cvmfs, is %2, neither shared nor a slave: `-v /cvmfs:/cvmfs:rslave` is refused (&quot;not a shared or slave mount&quot;), and without it repositories that autofs mounts later never appear in a running container.</source>
        <translation>%1, qui contient /cvmfs, est %2, ni partagé ni esclave&#xa0;: `-v /cvmfs:/cvmfs:rslave` est refusé («&#xa0;not a shared or slave mount&#xa0;»), et sans cela les dépôts qu’autofs monte plus tard n’apparaissent jamais dans un conteneur en cours d’exécution.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="92"/>
        <source>Make the mount shared: `sudo mount --make-rshared %1` (until the next reboot; systemd makes / shared at boot, so a private one was changed by something else).</source>
        <translation>Rendez le montage partagé&#xa0;: `sudo mount --make-rshared %1` (jusqu’au prochain redémarrage&#x202f;; systemd rend / partagé au démarrage, donc un montage privé a été modifié par autre chose).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="105"/>
        <source>/shared-mounts is held by %1: %2</source>
        <translation>/shared-mounts est contenu par %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="109"/>
        <source>%1, which holds /shared-mounts, is not shared: the automounter container (`-v /shared-mounts:/cvmfsmounts:rshared`) cannot pass its CVMFS mounts to other containers.</source>
        <translation>%1, qui contient /shared-mounts, n’est pas partagé&#xa0;: le conteneur automounter (`-v /shared-mounts:/cvmfsmounts:rshared`) ne peut pas transmettre ses montages CVMFS aux autres conteneurs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="115"/>
        <source>Make /shared-mounts a shared mount of its own: `sudo mount --bind /shared-mounts /shared-mounts` then `sudo mount --make-rshared /shared-mounts`.</source>
        <translation>Faites de /shared-mounts un montage partagé à part entière&#xa0;: `sudo mount --bind /shared-mounts /shared-mounts` puis `sudo mount --make-rshared /shared-mounts`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="124"/>
        <source>/shared-mounts: not present (only the automounter container uses it)</source>
        <translation>/shared-mounts&#xa0;: absent (seul le conteneur automounter l’utilise)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="129"/>
        <source>/cvmfs can be passed to containers with :rslave (%1).</source>
        <translation>/cvmfs peut être transmis aux conteneurs avec&#xa0;:rslave (%1).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="131"/>
        <source>No mount holds /cvmfs.</source>
        <translation>Aucun montage ne contient /cvmfs.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/MountPropagationCheck.cpp" line="139"/>
        <source>Check with `findmnt -o TARGET,PROPAGATION /cvmfs`: &quot;shared&quot; or &quot;private,slave&quot;/&quot;slave&quot; is what :rslave needs.</source>
        <translation>Vérifiez avec `findmnt -o TARGET,PROPAGATION /cvmfs`&#xa0;: «&#xa0;shared&#xa0;» ou «&#xa0;private,slave&#xa0;»/«&#xa0;slave&#xa0;» est ce dont&#xa0;:rslave a besoin.</translation>
    </message>
</context>
<context>
    <name>Wharf::NoEngineWidget</name>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="22"/>
        <source>Install Podman Desktop or Docker Desktop and start it; Wharf finds its socket on its own.</source>
        <translation>Installez Podman Desktop ou Docker Desktop et démarrez-le&#x202f;; Wharf trouve son socket tout seul.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="27"/>
        <source>Install Podman with &lt;code&gt;sudo dnf install podman&lt;/code&gt;, then start Wharf again: it starts a Podman service for you. For Docker: &lt;code&gt;sudo dnf install moby-engine &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;.</source>
        <translation>Installez Podman avec &lt;code&gt;sudo dnf install podman&lt;/code&gt;, puis redémarrez Wharf&#xa0;: il démarre un service Podman pour vous. Pour Docker&#xa0;: &lt;code&gt;sudo dnf install moby-engine &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="30"/>
        <source>Install Podman with &lt;code&gt;sudo apt install podman&lt;/code&gt;, then press Try again: Wharf starts a Podman service for you. For Docker: &lt;code&gt;sudo apt install docker.io &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;, and join the &lt;code&gt;docker&lt;/code&gt; group (it is root-equivalent).</source>
        <translation>Installez Podman avec &lt;code&gt;sudo apt install podman&lt;/code&gt;, puis appuyez sur Réessayer&#xa0;: Wharf démarre un service Podman pour vous. Pour Docker&#xa0;: &lt;code&gt;sudo apt install docker.io &amp;amp;&amp;amp; sudo systemctl start docker&lt;/code&gt;, et rejoignez le groupe &lt;code&gt;docker&lt;/code&gt; (il équivaut à root).</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="46"/>
        <source>No container engine is running.</source>
        <translation>Aucun moteur de conteneurs ne tourne.</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="64"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../app/NoEngineWidget.cpp" line="95"/>
        <source>No container engine answers</source>
        <translation>Aucun moteur de conteneurs ne répond</translation>
    </message>
</context>
<context>
    <name>Wharf::PodmanAuthFile</name>
    <message>
        <location filename="../core/credentials/PodmanAuthFile.cpp" line="35"/>
        <source>Podman&apos;s auth file</source>
        <translation>Le fichier d’authentification de Podman</translation>
    </message>
</context>
<context>
    <name>Wharf::PreconditionBanner</name>
    <message>
        <location filename="../app/PreconditionBanner.cpp" line="22"/>
        <source>How to fix it:</source>
        <translation>Comment y remédier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Wharf::PrivilegedContainersCheck</name>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="32"/>
        <source>Privileged containers can start (cvmfs-automounter)</source>
        <translation>Les conteneurs privilégiés peuvent démarrer (cvmfs-automounter)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="75"/>
        <source>%1: cannot list its images: %2</source>
        <translation>%1&#xa0;: impossible de lister ses images&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="80"/>
        <source>%1 has no image to try a container with; pull one and check again.</source>
        <translation>%1 n’a aucune image avec laquelle essayer un conteneur&#x202f;; téléchargez-en une et vérifiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="96"/>
        <source>%1: the %2 command is not installed, so no container could be tried.</source>
        <translation>%1&#xa0;: la commande %2 n’est pas installée, donc aucun conteneur n’a pu être essayé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="116"/>
        <source>%1: the trial container did not finish: %2</source>
        <translation>%1&#xa0;: le conteneur d’essai ne s’est pas terminé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="128"/>
        <source>%1 refused a privileged container: %2</source>
        <translation>%1 a refusé un conteneur privilégié&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="132"/>
        <source>%1 starts privileged containers.</source>
        <translation>%1 démarre les conteneurs privilégiés.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="135"/>
        <source>%1: the trial container ended unexpectedly (exit %2): %3</source>
        <translation>%1&#xa0;: le conteneur d’essai s’est terminé de façon inattendue (code %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="138"/>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="155"/>
        <source>The engines start privileged containers: the cvmfs-automounter can run.</source>
        <translation>Les moteurs démarrent les conteneurs privilégiés&#xa0;: le cvmfs-automounter peut tourner.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="158"/>
        <source>Whether privileged containers can start could not be told.</source>
        <translation>Impossible de dire si les conteneurs privilégiés peuvent démarrer.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="162"/>
        <source>An engine cannot start privileged containers: the cvmfs-automounter cannot run on it.</source>
        <translation>Un moteur ne peut pas démarrer de conteneurs privilégiés&#xa0;: le cvmfs-automounter ne peut pas y tourner.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="167"/>
        <source>No engine answers, so no container could be tried.</source>
        <translation>Aucun moteur ne répond, donc aucun conteneur n’a pu être essayé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/PrivilegedContainersCheck.cpp" line="168"/>
        <source>No engine could try a container.</source>
        <translation>Aucun moteur n’a pu essayer un conteneur.</translation>
    </message>
</context>
<context>
    <name>Wharf::PullAllowance</name>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="56"/>
        <source>%1 of %2 requests left per %3</source>
        <translation>%1 requêtes restantes sur %2 par %3</translation>
    </message>
    <message>
        <location filename="../core/registry/PullAllowance.cpp" line="57"/>
        <source>%1 of %2 requests left</source>
        <translation>%1 requêtes restantes sur %2</translation>
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
        <translation>Télécharger une image</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="44"/>
        <source>busybox, python:3.12, quay.io/org/app:1.0</source>
        <translation>busybox, python:3.12, quay.io/org/app:1.0</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="46"/>
        <source>Image reference</source>
        <translation>Référence de l’image</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="50"/>
        <source>Reference check</source>
        <translation>Vérification de la référence</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="56"/>
        <source>Engine to pull into</source>
        <translation>Moteur dans lequel télécharger</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="64"/>
        <source>&amp;Image:</source>
        <extracomment>The image to pull, e.g. &quot;busybox&quot; or &quot;quay.io/org/app:1.0&quot;.</extracomment>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="67"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="72"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="93"/>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="98"/>
        <source>Pull status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="112"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="117"/>
        <source>&amp;Pull</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="121"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="123"/>
        <source>Stop the pull; layers already downloaded stay in the engine</source>
        <translation>Arrêter le téléchargement&#x202f;; les couches déjà téléchargées restent dans le moteur</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="156"/>
        <source>%1 went away while pulling %2. Start it again, then pull again.</source>
        <translation>%1 a disparu pendant le téléchargement de %2. Redémarrez-le, puis téléchargez de nouveau.</translation>
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
        <translation>Aucun moteur de conteneurs ne tourne. Démarrez Docker ou Podman&#x202f;; il apparaît ici dès qu’il répond.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="248"/>
        <source>No engine is running</source>
        <translation>Aucun moteur ne tourne</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="263"/>
        <source>Type an image name, with a tag or digest if you need one (without a tag, &quot;latest&quot; is pulled).</source>
        <translation>Tapez un nom d’image, avec un tag ou une empreinte si nécessaire (sans tag, «&#xa0;latest&#xa0;» est téléchargé).</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="271"/>
        <source>Pulls %1, logged in as %2</source>
        <extracomment>%1 is the normalised reference, %2 the user name the registry knows.</extracomment>
        <translation>Télécharge %1, connecté en tant que %2</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="275"/>
        <source>Pulls %1</source>
        <extracomment>%1 is the normalised reference: &quot;docker.io/library/busybox:latest&quot;.</extracomment>
        <translation>Télécharge %1</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="308"/>
        <source>Asking %1 to pull %2…</source>
        <translation>Demande à %1 de télécharger %2…</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="349"/>
        <source>%1 of %2 (%3%)</source>
        <extracomment>Overall pull progress: &quot;12.3 MB of 45.6 MB (27%)&quot;.</extracomment>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="370"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="378"/>
        <source>Pulled %1 into %2.</source>
        <extracomment>%1 is the image reference, %2 the engine (&quot;Docker&quot;).</extracomment>
        <translation>%1 téléchargée dans %2.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="380"/>
        <source>Pull finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="396"/>
        <source>Pull cancelled</source>
        <translation>Téléchargement annulé</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="397"/>
        <source>Pull cancelled. Layers already downloaded stay in %1; pulling again resumes from them.</source>
        <translation>Téléchargement annulé. Les couches déjà téléchargées restent dans %1&#x202f;; un nouveau téléchargement repart de celles-ci.</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="403"/>
        <source>Pull failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="406"/>
        <source>Pulling %1 failed</source>
        <translation>Le téléchargement de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../app/PullDialog.cpp" line="407"/>
        <source>Pulling %1 into %2</source>
        <translation>Téléchargement de %1 dans %2</translation>
    </message>
</context>
<context>
    <name>Wharf::PullProgress</name>
    <message>
        <location filename="../core/engine/PullProgress.cpp" line="64"/>
        <source>the engine gave no reason</source>
        <translation>le moteur n’a donné aucune raison</translation>
    </message>
    <message>
        <location filename="../core/engine/PullProgress.cpp" line="69"/>
        <source>The engine could not pull the image: %1</source>
        <extracomment>%1 is the engine&apos;s own error text, usually in English.</extracomment>
        <translation>Le moteur n’a pas pu télécharger l’image&#xa0;: %1</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="109"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="143"/>
        <source>Layer</source>
        <extracomment>Column header: the id of an image layer.</extracomment>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="145"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/models/PullProgressModel.cpp" line="147"/>
        <source>Progress</source>
        <translation>Progression</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="98"/>
        <source>Add Registry…</source>
        <translation>Ajouter un registre…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="100"/>
        <source>Add a registry by its host name (and port)</source>
        <translation>Ajouter un registre par son nom d’hôte (et son port)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="103"/>
        <location filename="../app/RegistriesPage.cpp" line="365"/>
        <location filename="../app/RegistriesPage.cpp" line="439"/>
        <source>Log In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="105"/>
        <source>Log in to the selected registry to see private images</source>
        <translation>Se connecter au registre sélectionné pour voir les images privées</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="107"/>
        <location filename="../app/RegistriesPage.cpp" line="720"/>
        <location filename="../app/RegistriesPage.cpp" line="721"/>
        <source>Log Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="109"/>
        <source>Forget the login for the selected registry</source>
        <translation>Oublier la connexion pour le registre sélectionné</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="113"/>
        <source>Add Repository…</source>
        <translation>Ajouter un dépôt…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="116"/>
        <source>Remember a repository path, for registries that do not list theirs</source>
        <translation>Retenir un chemin de dépôt, pour les registres qui ne listent pas les leurs</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="120"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="124"/>
        <source>List the selected registry or repository again (F5)</source>
        <translation>Relister le registre ou le dépôt sélectionné (F5)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="128"/>
        <source>Registry Settings…</source>
        <translation>Paramètres du registre…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="130"/>
        <source>Rename, connection security, CA file, remove</source>
        <translation>Renommer, sécurité de la connexion, fichier d’AC, supprimer</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="133"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="141"/>
        <source>Copy Reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="147"/>
        <location filename="../app/RegistriesPage.cpp" line="207"/>
        <source>Pull…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="151"/>
        <source>Pull the selected tag into a container engine (Ctrl+P)</source>
        <translation>Télécharger le tag sélectionné dans un moteur de conteneurs (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="153"/>
        <source>Launch…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="158"/>
        <source>Open a shell in the selected tag, with CVMFS and your folder; pulled first if needed (Ctrl+L)</source>
        <translation>Ouvrir un shell dans le tag sélectionné, avec CVMFS et votre dossier&#x202f;; téléchargé d’abord si nécessaire (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="163"/>
        <source>Import Logins from Docker and Podman…</source>
        <translation>Importer les connexions de Docker et de Podman…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="166"/>
        <source>Copy the logins Docker and Podman already have into the system keychain</source>
        <translation>Copier les connexions que Docker et Podman ont déjà dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="169"/>
        <source>Share Login with Docker and Podman…</source>
        <translation>Partager la connexion avec Docker et Podman…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="172"/>
        <source>Let docker pull and podman pull use the selected registry&apos;s login, through the system keychain</source>
        <translation>Permettre à docker pull et podman pull d’utiliser la connexion du registre sélectionné, par le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="192"/>
        <source>Filter loaded names (Ctrl+F)</source>
        <translation>Filtrer les noms chargés (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="194"/>
        <source>Shows the registries, repositories and tags loaded so far whose names contain this text. Expand a registry or repository to load more.</source>
        <translation>Affiche les registres, dépôts et tags chargés jusqu’ici dont le nom contient ce texte. Déployez un registre ou un dépôt pour en charger davantage.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="197"/>
        <source>Filter loaded names</source>
        <translation>Filtrer les noms chargés</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="222"/>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="261"/>
        <source>Stop every load in flight; reload a row to try it again</source>
        <translation>Arrêter tous les chargements en cours&#x202f;; rechargez une ligne pour la réessayer</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="359"/>
        <source>Wharf cannot read your login for %1</source>
        <translation>Wharf ne peut pas lire votre connexion pour %1</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="360"/>
        <source>%1 Wharf shows what anonymous users may see. Unlock your keychain and reload, or log in again for this session.</source>
        <translation>%1 Wharf montre ce que les utilisateurs anonymes peuvent voir. Déverrouillez votre trousseau et rechargez, ou reconnectez-vous pour cette session.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="413"/>
        <source>Cannot list the repositories of %1</source>
        <translation>Impossible de lister les dépôts de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="414"/>
        <source>Cannot list the tags of %1</source>
        <translation>Impossible de lister les tags de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="420"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="424"/>
        <source>How to Fix…</source>
        <translation>Comment corriger…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="511"/>
        <source>No registries in the list. Add one with “Add Registry…”.</source>
        <translation>Aucun registre dans la liste. Ajoutez-en un avec «&#xa0;Ajouter un registre…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="513"/>
        <source>No loaded name contains “%1”. Only what is loaded is searched: expand registries and repositories to load more.</source>
        <translation>Aucun nom chargé ne contient «&#xa0;%1&#xa0;». Seul ce qui est chargé est cherché&#xa0;: déployez les registres et les dépôts pour en charger davantage.</translation>
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
        <translation>Aucun moteur de conteneurs ne tourne&#xa0;: démarrez Docker ou Podman pour télécharger.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="579"/>
        <source>Select a tag to pull it into a container engine.</source>
        <translation>Sélectionnez un tag pour le télécharger dans un moteur de conteneurs.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="606"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="607"/>
        <source>Pull into %1…</source>
        <translation>Télécharger dans %1…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="615"/>
        <source>No container engine is running</source>
        <translation>Aucun moteur de conteneurs ne tourne</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="632"/>
        <source>Request on unpacked.cern.ch…</source>
        <translation>Demander sur unpacked.cern.ch…</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="638"/>
        <source>Pull Into</source>
        <translation>Télécharger dans</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="652"/>
        <source>Load Details for All Tags</source>
        <translation>Charger les détails de tous les tags</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="661"/>
        <location filename="../app/RegistriesPage.cpp" line="785"/>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="687"/>
        <source>Cannot add %1</source>
        <translation>Impossible d’ajouter %1</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="718"/>
        <source>Its password or token is removed from the system keychain.</source>
        <translation>Son mot de passe ou jeton est retiré du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="719"/>
        <source>Its password or token is removed from memory.</source>
        <translation>Son mot de passe ou jeton est retiré de la mémoire.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="720"/>
        <source>Log out of %1 (user %2)?</source>
        <translation>Se déconnecter de %1 (utilisateur %2)&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="721"/>
        <source>Wharf then shows what anonymous users may see.</source>
        <translation>Wharf montre alors ce que les utilisateurs anonymes peuvent voir.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="731"/>
        <source>Cannot log out of %1</source>
        <translation>Impossible de se déconnecter de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="786"/>
        <source>Remove %1/%2 from the list?</source>
        <translation>Retirer %1/%2 de la liste&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="787"/>
        <source>Wharf forgets the path; the repository itself is not changed.</source>
        <translation>Wharf oublie le chemin&#x202f;; le dépôt lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../app/RegistriesPage.cpp" line="787"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryAccessCheck</name>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="28"/>
        <source>Registries answer and accept your logins</source>
        <translation>Les registres répondent et acceptent vos connexions</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="40"/>
        <source>No registries to check.</source>
        <translation>Aucun registre à vérifier.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="128"/>
        <source>%1: answers (no login saved; anonymous)</source>
        <translation>%1&#xa0;: répond (aucune connexion enregistrée&#x202f;; anonyme)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="129"/>
        <source>%1: answers and accepts the login of %2</source>
        <translation>%1&#xa0;: répond et accepte la connexion de %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="131"/>
        <source>%1: %2 (pull rate limit)</source>
        <translation>%1&#xa0;: %2 (limite de téléchargements)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="137"/>
        <source>%1: no pull rate limit announced</source>
        <translation>%1&#xa0;: aucune limite de téléchargements annoncée</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="139"/>
        <source>%1: the pull allowance could not be read: %2</source>
        <translation>%1&#xa0;: le quota de téléchargements n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="146"/>
        <source>%1 allows no more pulls for now (pull rate limit).</source>
        <translation>%1 n’autorise plus de téléchargements pour l’instant (limite de téléchargements).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="150"/>
        <source>%1 allows only a few more pulls for now (pull rate limit).</source>
        <translation>%1 n’autorise plus que quelques téléchargements pour l’instant (limite de téléchargements).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="153"/>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="154"/>
        <source>All %1 registries answer.</source>
        <translation>Les %1 registres répondent tous.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RegistryAccessCheck.cpp" line="158"/>
        <source>%1 of %2 registries fail. The first: %3</source>
        <translation>%1 registres sur %2 échouent. Le premier&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryAccounts</name>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="102"/>
        <source>“%1” is not a registry: a registry is a host name with an optional port (registry.example.org, localhost:5000); “/” starts a repository path.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un registre&#xa0;: un registre est un nom d’hôte avec un port facultatif (registry.example.org, localhost:5000)&#x202f;; «&#xa0;/&#xa0;» commence un chemin de dépôt.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="109"/>
        <source>“%1” is not a registry: give a host name with an optional port (registry.example.org, localhost:5000), without spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un registre&#xa0;: indiquez un nom d’hôte avec un port facultatif (registry.example.org, localhost:5000), sans espaces.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="123"/>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="158"/>
        <source>%1 is already in the list of registries.</source>
        <translation>%1 est déjà dans la liste des registres.</translation>
    </message>
    <message>
        <location filename="../core/credentials/RegistryAccounts.cpp" line="148"/>
        <source>%1 is not in the list of registries.</source>
        <translation>%1 n’est pas dans la liste des registres.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryClient</name>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="136"/>
        <source>The CA file for %1 (%2) cannot be read or holds no PEM certificate. Choose another file in the registry&apos;s settings.</source>
        <translation>Le fichier d’AC pour %1 (%2) ne peut pas être lu ou ne contient aucun certificat PEM. Choisissez un autre fichier dans les paramètres du registre.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="344"/>
        <source>%1 sent more than %2 MiB when Wharf tried to %3; Wharf stopped reading.</source>
        <translation>%1 a envoyé plus de %2 Mio quand Wharf a essayé de %3&#x202f;; Wharf a arrêté de lire.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="391"/>
        <source>%1 redirected Wharf too often, or nowhere, when it tried to %2.</source>
        <translation>%1 a redirigé Wharf trop souvent, ou nulle part, quand il a essayé de %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="400"/>
        <source>%1 redirected Wharf to an address it will not follow when it tried to %2.</source>
        <translation>%1 a redirigé Wharf vers une adresse qu’il ne suivra pas quand il a essayé de %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="479"/>
        <source>the token service of %1</source>
        <translation>le service de jetons de %1</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="483"/>
        <source>%1 names a token service Wharf cannot use (“%2”).</source>
        <translation>%1 désigne un service de jetons que Wharf ne peut pas utiliser («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="497"/>
        <source>%1 asks Wharf to send your password to %2 without encryption. Wharf refuses; mark the registry insecure in its settings only if you trust the network.</source>
        <translation>%1 demande à Wharf d’envoyer votre mot de passe à %2 sans chiffrement. Wharf refuse&#x202f;; marquez le registre comme non sécurisé dans ses paramètres seulement si vous faites confiance au réseau.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="542"/>
        <source>The token service of %1 sent far too much.</source>
        <translation>Le service de jetons de %1 a envoyé beaucoup trop de données.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="560"/>
        <source>%1 refused the identity token of your login: it has expired or was revoked. Log in to %1 again.</source>
        <translation>%1 a refusé le jeton d’identité de votre connexion&#xa0;: il a expiré ou a été révoqué. Reconnectez-vous à %1.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="608"/>
        <source>%1 sent a next-page link Wharf will not follow while it tried to %2.</source>
        <translation>%1 a envoyé un lien de page suivante que Wharf ne suivra pas quand il a essayé de %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="621"/>
        <source>%1 keeps sending more pages; Wharf stopped after %2 names.</source>
        <translation>%1 continue d’envoyer des pages&#x202f;; Wharf s’est arrêté après %2 noms.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="642"/>
        <source>check your login</source>
        <translation>vérifier votre connexion</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="642"/>
        <source>connect</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="663"/>
        <source>list its repositories</source>
        <translation>lister ses dépôts</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="678"/>
        <source>“%1” is not a Docker Hub user or organisation name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’utilisateur ou d’organisation Docker Hub.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="686"/>
        <source>list the repositories of %1</source>
        <translation>lister les dépôts de %1</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="701"/>
        <source>“%1” is not a repository path.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin de dépôt.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="709"/>
        <source>list the tags of %1</source>
        <translation>lister les tags de %1</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="719"/>
        <source>“%1:%2” is not an image reference Wharf can ask for.</source>
        <translation>«&#xa0;%1:%2&#xa0;» n’est pas une référence d’image que Wharf peut demander.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="741"/>
        <source>read the manifest of %1:%2</source>
        <translation>lire le manifeste de %1:%2</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="756"/>
        <source>The manifest %1 sent for %2 does not match its digest; it may have been altered on the way.</source>
        <translation>Le manifeste que %1 a envoyé pour %2 ne correspond pas à son empreinte&#x202f;; il a peut-être été altéré en chemin.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="785"/>
        <source>ask how many pulls are left</source>
        <translation>demander combien de téléchargements restent</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="803"/>
        <source>“%1” is not a blob digest.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une empreinte de blob.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="811"/>
        <source>read %1 of %2</source>
        <translation>lire %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="820"/>
        <source>The data %1 sent for %2 does not match its digest.</source>
        <translation>Les données que %1 a envoyées pour %2 ne correspondent pas à leur empreinte.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryClient.cpp" line="921"/>
        <source>An image index points at another index; Wharf does not follow nested indexes.</source>
        <translation>Un index d’images pointe vers un autre index&#x202f;; Wharf ne suit pas les index imbriqués.</translation>
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
        <translation>Utilisation&#xa0;: wharf registry COMMANDE

  login HÔTE[:PORT] --username UTILISATEUR [--password-stdin]
                 Vérifie la connexion auprès du registre, puis garde le mot de
                 passe ou le jeton dans le trousseau du système. Le mot de passe
                 est demandé dans le terminal, ou lu sur l’entrée standard avec
                 --password-stdin&#x202f;; ne le donnez jamais en argument.
  logout HÔTE    Supprime la connexion (l’entrée du trousseau et le nom
                 d’utilisateur).
  list [--json]  Vos registres, leurs noms d’utilisateur, et si le trousseau
                 contient leur secret.
  repos HÔTE [--json]
                 Les dépôts du registre (son catalogue&#x202f;; là où le catalogue est
                 fermé, les chemins que vous avez ajoutés à la main).
  tags HÔTE/DÉPÔT... [--json]
                 Les tags d’un ou de plusieurs dépôts, versions les plus
                 récentes d’abord.
  inspect RÉFÉRENCE... [--json]
                 Empreinte, type de média, plateformes, taille, date de création
                 et étiquettes d’une ou de plusieurs images
                 (HÔTE/DÉPÔT[:TAG|@EMPREINTE]).
  import --list [--json] [HÔTE...]
                 Les connexions que Docker et Podman ont déjà
                 (~/.docker/config.json, ses assistants d’identification, le
                 auth.json de Podman)&#xa0;: registre, nom d’utilisateur,
                 emplacement. Jamais un secret.
  import [HÔTE...]
                 Copie ces connexions (toutes, ou celles des registres nommés)
                 dans le trousseau du système. Quand un registre en a plusieurs,
                 la première listée est utilisée. Les fichiers de Docker et de
                 Podman ne changent pas.
  share HÔTE[:PORT] [--to docker|podman|both] [--yes]
                 Donne la connexion de Wharf à Docker et/ou Podman (les deux par
                 défaut) par un assistant d’identification qui la garde dans le
                 trousseau du système, jamais en clair. Montre ce qui
                 changerait&#x202f;; --yes l’écrit.

Code de sortie&#xa0;: 0 succès, 1 échec, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="138"/>
        <source>wharf registry %1: --username needs a value.
</source>
        <translation>wharf registry %1&#xa0;: --username attend une valeur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="150"/>
        <source>wharf registry %1: --to needs docker, podman or both.
</source>
        <translation>wharf registry %1&#xa0;: --to attend docker, podman ou both.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="155"/>
        <source>wharf registry %1: Wharf does not take a password as an argument (it would show in the process list and the shell history). Type it at the prompt, or pass it on standard input with --password-stdin.
</source>
        <translation>wharf registry %1&#xa0;: Wharf n’accepte pas de mot de passe en argument (il apparaîtrait dans la liste des processus et dans l’historique du shell). Tapez-le à l’invite, ou passez-le sur l’entrée standard avec --password-stdin.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="163"/>
        <source>wharf registry %1: unknown option &quot;%2&quot;.
</source>
        <translation>wharf registry %1&#xa0;: option inconnue «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="244"/>
        <source>warning: the login for %1 cannot be read, continuing anonymously: %2
</source>
        <translation>avertissement&#xa0;: la connexion pour %1 ne peut pas être lue, poursuite en anonyme&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="294"/>
        <source>wharf registry login: give one registry and --username.
Usage: wharf registry login HOST[:PORT] --username USER [--password-stdin]
</source>
        <translation>wharf registry login&#xa0;: indiquez un registre et --username.
Utilisation&#xa0;: wharf registry login HÔTE[:PORT] --username UTILISATEUR [--password-stdin]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="300"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="337"/>
        <source>wharf registry login: %1
</source>
        <translation>wharf registry login&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="309"/>
        <source>Password or token for %1 at %2: </source>
        <translation>Mot de passe ou jeton de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="311"/>
        <source>wharf registry login: there is no terminal to ask for the password. Pass it on standard input with --password-stdin.
</source>
        <translation>wharf registry login&#xa0;: il n’y a pas de terminal pour demander le mot de passe. Passez-le sur l’entrée standard avec --password-stdin.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="320"/>
        <source>wharf registry login: the password is empty. Nothing was saved.
</source>
        <translation>wharf registry login&#xa0;: le mot de passe est vide. Rien n’a été enregistré.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="339"/>
        <source>GitLab accounts with two-factor authentication or single sign-on need a personal access token with the read_registry scope instead of the password.
</source>
        <translation>Les comptes GitLab avec authentification à deux facteurs ou authentification unique ont besoin d’un jeton d’accès personnel avec la portée read_registry au lieu du mot de passe.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="341"/>
        <source>Nothing was saved.
</source>
        <translation>Rien n’a été enregistré.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="359"/>
        <source>wharf registry login: the login is correct, but the system keychain could not keep it: it is missing, locked or refused access%1.
Wharf keeps registry secrets only in the system keychain (the Secret Service: GNOME Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this session and log in again, or log in from the Wharf window and keep the login for that session only. Nothing was saved.
</source>
        <translation>wharf registry login&#xa0;: la connexion est correcte, mais le trousseau du système n’a pas pu la garder&#xa0;: il est absent, verrouillé ou a refusé l’accès%1.
Wharf ne garde les secrets des registres que dans le trousseau du système (le Secret Service&#xa0;: GNOME Keyring, KWallet, KeePassXC), jamais dans un fichier. Démarrez-en ou déverrouillez-en un dans cette session et reconnectez-vous, ou connectez-vous depuis la fenêtre de Wharf et gardez la connexion pour cette session seulement. Rien n’a été enregistré.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="367"/>
        <source>wharf registry login: %1
Nothing was saved.
</source>
        <translation>wharf registry login&#xa0;: %1
Rien n’a été enregistré.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="371"/>
        <source>Logged in to %1 as %2; the secret is in the system keychain.
</source>
        <translation>Connecté à %1 en tant que %2&#x202f;; le secret est dans le trousseau du système.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="380"/>
        <source>wharf registry logout: give one registry.
Usage: wharf registry logout HOST
</source>
        <translation>wharf registry logout&#xa0;: indiquez un registre.
Utilisation&#xa0;: wharf registry logout HÔTE
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="385"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="399"/>
        <source>wharf registry logout: %1
</source>
        <translation>wharf registry logout&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="403"/>
        <source>Not logged in to %1.
</source>
        <translation>Non connecté à %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="405"/>
        <source>Logged out of %1 (%2): the secret was removed from the keychain.
</source>
        <translation>Déconnecté de %1 (%2)&#xa0;: le secret a été supprimé du trousseau.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="414"/>
        <source>wharf registry list: takes no arguments.
Usage: wharf registry list [--json]
</source>
        <translation>wharf registry list&#xa0;: n’accepte pas d’arguments.
Utilisation&#xa0;: wharf registry list [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="478"/>
        <source>No registries. &quot;wharf registry login HOST --username USER&quot; adds one.
</source>
        <translation>Aucun registre. «&#xa0;wharf registry login HÔTE --username UTILISATEUR&#xa0;» en ajoute un.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="479"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1020"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1026"/>
        <source>REGISTRY</source>
        <translation>REGISTRE</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1021"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1026"/>
        <source>USERNAME</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="483"/>
        <source>KEYCHAIN</source>
        <translation>TROUSSEAU</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="489"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="490"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="491"/>
        <source>no (log in again)</source>
        <translation>non (reconnectez-vous)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="492"/>
        <source>unknown (keychain unavailable)</source>
        <translation>inconnu (trousseau indisponible)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="496"/>
        <source> (insecure)</source>
        <translation> (non sécurisé)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="498"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="503"/>
        <source>warning: the system keychain could not be asked, so whether it holds these logins is unknown: %1
</source>
        <translation>avertissement&#xa0;: le trousseau du système n’a pas pu être interrogé, on ne sait donc pas s’il contient ces connexions&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="514"/>
        <source>wharf registry repos: give one registry.
Usage: wharf registry repos HOST [--json]
</source>
        <translation>wharf registry repos&#xa0;: indiquez un registre.
Utilisation&#xa0;: wharf registry repos HÔTE [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="519"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="528"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="561"/>
        <source>wharf registry repos: %1
</source>
        <translation>wharf registry repos&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="546"/>
        <source>Docker Hub does not list all its repositories; log in (wharf registry login docker.io --username USER) to list your own.</source>
        <translation>Docker Hub ne liste pas tous ses dépôts&#x202f;; connectez-vous (wharf registry login docker.io --username UTILISATEUR) pour lister les vôtres.</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="587"/>
        <source>%1 does not list its repositories to you (%2).
</source>
        <translation>%1 ne vous liste pas ses dépôts (%2).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="589"/>
        <source>No repository paths were added by hand for it: add them on the Registries page, or name one directly: wharf registry tags %1/PATH
</source>
        <translation>Aucun chemin de dépôt n’a été ajouté à la main pour ce registre&#xa0;: ajoutez-en sur la page Registres, ou nommez-en un directement&#xa0;: wharf registry tags %1/CHEMIN
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="593"/>
        <source>Listed: the repository path added by hand.
</source>
        <translation>Listé&#xa0;: le chemin de dépôt ajouté à la main.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="594"/>
        <source>Listed: the %1 repository paths added by hand.
</source>
        <translation>Listés&#xa0;: les %1 chemins de dépôt ajoutés à la main.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="607"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="935"/>
        <source>wharf registry %1: %2
</source>
        <translation>wharf registry %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="609"/>
        <source>wharf registry %1: &quot;%2&quot; names a tag or digest; give the repository alone (wharf registry inspect shows one tag).
</source>
        <translation>wharf registry %1&#xa0;: «&#xa0;%2&#xa0;» désigne un tag ou une empreinte&#x202f;; donnez le dépôt seul (wharf registry inspect montre un tag).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="667"/>
        <source>wharf registry tags: give at least one repository.
Usage: wharf registry tags HOST/REPOSITORY... [--json]
</source>
        <translation>wharf registry tags&#xa0;: indiquez au moins un dépôt.
Utilisation&#xa0;: wharf registry tags HÔTE/DÉPÔT... [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="693"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="856"/>
        <source>The request did not finish.</source>
        <translation>La requête ne s’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="694"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="857"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="1145"/>
        <source>%1: %2
</source>
        <translation>%1&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="783"/>
        <source>digest:</source>
        <translation>empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="784"/>
        <source>media type:</source>
        <translation>type de média&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="796"/>
        <source> (and 1 attestation)</source>
        <translation> (et 1 attestation)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="796"/>
        <source> (and %1 attestations)</source>
        <translation> (et %1 attestations)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="797"/>
        <source>platforms:</source>
        <translation>plateformes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="798"/>
        <source>described:</source>
        <translation>décrites&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="802"/>
        <source>platform:</source>
        <translation>plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="804"/>
        <source>size:</source>
        <translation>taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="805"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="812"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="807"/>
        <source>%1 compressed, 1 layer</source>
        <translation>%1 compressé, 1 couche</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="808"/>
        <source>%1 compressed, %2 layers</source>
        <translation>%1 compressé, %2 couches</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="811"/>
        <source>created:</source>
        <translation>créée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="815"/>
        <location filename="../app/cli/RegistryCommand.cpp" line="817"/>
        <source>labels:</source>
        <translation>étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="815"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="828"/>
        <source>wharf registry inspect: give at least one image reference.
Usage: wharf registry inspect REFERENCE... [--json]
</source>
        <translation>wharf registry inspect&#xa0;: indiquez au moins une référence d’image.
Utilisation&#xa0;: wharf registry inspect RÉFÉRENCE... [--json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="897"/>
        <source>Docker&apos;s configuration file %1</source>
        <translation>Le fichier de configuration de Docker %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="899"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation>docker-credential-%1 (indiqué dans %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="901"/>
        <source>Podman&apos;s auth file %1</source>
        <translation>Le fichier d’authentification de Podman %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="921"/>
        <source>wharf registry %1: the system keychain could not keep the login: it is missing, locked or refused access%2.
Wharf keeps registry secrets only in the system keychain (the Secret Service: GNOME Keyring, KWallet, KeePassXC), never in a file. Start or unlock one in this session and try again, or use the Wharf window, which can keep a login for its session only.
</source>
        <translation>wharf registry %1&#xa0;: le trousseau du système n’a pas pu garder la connexion&#xa0;: il est absent, verrouillé ou a refusé l’accès%2.
Wharf ne garde les secrets des registres que dans le trousseau du système (le Secret Service&#xa0;: GNOME Keyring, KWallet, KeePassXC), jamais dans un fichier. Démarrez-en ou déverrouillez-en un dans cette session et réessayez, ou utilisez la fenêtre de Wharf, qui peut garder une connexion pour sa session seulement.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="949"/>
        <source>wharf registry import: --session is not available on the command line: a login kept for the session lives only in the memory of the Wharf process that holds it, and this command ends as soon as it has imported. Import into the keychain (without --session), or use Import Logins in the Wharf window to keep a login for that window&apos;s session only.
</source>
        <translation>wharf registry import&#xa0;: --session n’est pas disponible en ligne de commande&#xa0;: une connexion gardée pour la session ne vit que dans la mémoire du processus Wharf qui la détient, et cette commande se termine dès l’importation faite. Importez dans le trousseau (sans --session), ou utilisez Importer des connexions dans la fenêtre de Wharf pour garder une connexion pour la session de cette fenêtre seulement.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="957"/>
        <source>wharf registry import: --json goes with --list.
Usage: wharf registry import [--list [--json]] [HOST...]
</source>
        <translation>wharf registry import&#xa0;: --json va avec --list.
Utilisation&#xa0;: wharf registry import [--list [--json]] [HÔTE...]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1018"/>
        <source>No logins found in Docker&apos;s or Podman&apos;s files.
</source>
        <translation>Aucune connexion trouvée dans les fichiers de Docker ou de Podman.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1027"/>
        <source>FOUND IN</source>
        <translation>TROUVÉE DANS</translation>
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
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1053"/>
        <source>No logins found in Docker&apos;s or Podman&apos;s files: nothing to import.
</source>
        <translation>Aucune connexion trouvée dans les fichiers de Docker ou de Podman&#xa0;: rien à importer.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1062"/>
        <source>%1: not imported: Docker&apos;s and Podman&apos;s files have no login for it.
</source>
        <translation>%1&#xa0;: non importé&#xa0;: les fichiers de Docker et de Podman n’ont pas de connexion pour ce registre.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1079"/>
        <source>%1: not imported from %2: %3
</source>
        <translation>%1&#xa0;: non importé depuis %2&#xa0;: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1085"/>
        <source>%1: imported %2 from %3 into the system keychain.
</source>
        <translation>%1&#xa0;: %2 importé depuis %3 dans le trousseau du système.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1088"/>
        <source>  It replaces Wharf&apos;s login as %1.
</source>
        <translation>  Remplace la connexion de Wharf en tant que %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1090"/>
        <source>  Also found in %1 (as %2): not used, the first one was.
</source>
        <translation>  Trouvée aussi dans %1 (en tant que %2)&#xa0;: non utilisée, la première l’a été.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1101"/>
        <source>Usage: wharf registry share HOST[:PORT] [--to docker|podman|both] [--yes]
</source>
        <translation>Utilisation&#xa0;: wharf registry share HÔTE[:PORT] [--to docker|podman|both] [--yes]
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1103"/>
        <source>wharf registry share: give one registry.
</source>
        <translation>wharf registry share&#xa0;: indiquez un registre.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1108"/>
        <source>wharf registry share: %1
</source>
        <translation>wharf registry share&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1120"/>
        <source>wharf registry share: --to takes docker, podman or both, not &quot;%1&quot;.
</source>
        <translation>wharf registry share&#xa0;: --to attend docker, podman ou both, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1128"/>
        <source>wharf registry share: Wharf has no login for %1. Log in first: wharf registry login %1 --username USER
</source>
        <translation>wharf registry share&#xa0;: Wharf n’a pas de connexion pour %1. Connectez-vous d’abord&#xa0;: wharf registry login %1 --username UTILISATEUR
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1140"/>
        <source>%1: cannot share the login for %2: %3
</source>
        <translation>%1&#xa0;: impossible de partager la connexion pour %2&#xa0;: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1151"/>
        <source>Nothing was written. Run again with --yes to write these changes.
</source>
        <translation>Rien n’a été écrit. Relancez avec --yes pour écrire ces modifications.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1166"/>
        <source>wharf registry share: the secret of the login for %1 cannot be read: %2
Log in again: wharf registry login %1 --username %3
</source>
        <translation>wharf registry share&#xa0;: le secret de la connexion pour %1 ne peut pas être lu&#xa0;: %2
Reconnectez-vous&#xa0;: wharf registry login %1 --username %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1181"/>
        <source>%1: shared the login for %2 (%3) through docker-credential-%4.
</source>
        <translation>%1&#xa0;: connexion pour %2 (%3) partagée par docker-credential-%4.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1184"/>
        <source>%1: the login for %2 was not shared: %3
</source>
        <translation>%1&#xa0;: la connexion pour %2 n’a pas été partagée&#xa0;: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommand.cpp" line="1232"/>
        <source>wharf registry: unknown command &quot;%1&quot;.
</source>
        <translation>wharf registry&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryConnections</name>
    <message>
        <location filename="../core/registry/RegistryConnections.cpp" line="78"/>
        <location filename="../core/registry/RegistryConnections.cpp" line="103"/>
        <source>The connection to %1 was reset.</source>
        <translation>La connexion à %1 a été réinitialisée.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryDetailsPanel</name>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="70"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="86"/>
        <source>Select a registry, repository or tag to see its details.

Expand a registry to list its repositories, and a repository to list its tags.</source>
        <translation>Sélectionnez un registre, un dépôt ou un tag pour voir ses détails.

Déployez un registre pour lister ses dépôts, et un dépôt pour lister ses tags.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="101"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="103"/>
        <source>Copy the reference to the clipboard</source>
        <translation>Copier la référence dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="111"/>
        <source>Digest:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="113"/>
        <source>This platform:</source>
        <extracomment>The digest of the image, inside a multi-platform index, that a pull on this computer takes.</extracomment>
        <translation>Cette plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="114"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="115"/>
        <source>Platforms:</source>
        <translation>Plateformes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="116"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="117"/>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="118"/>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="119"/>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="120"/>
        <source>Login:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="121"/>
        <source>Connection:</source>
        <translation>Liaison&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="122"/>
        <source>CA file:</source>
        <translation>Fichier d’AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="123"/>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="124"/>
        <source>Listed:</source>
        <translation>Listé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="145"/>
        <source>Pull into…</source>
        <translation>Télécharger dans…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="149"/>
        <location filename="../app/RegistryDetailsPanel.cpp" line="374"/>
        <source>Pull this image into a container engine on this computer</source>
        <translation>Télécharger cette image dans un moteur de conteneurs de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="152"/>
        <source>&amp;Launch…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="153"/>
        <source>Start a shell in this image with CVMFS (comes with the launch dialog)</source>
        <translation>Démarrer un shell dans cette image avec CVMFS (ouvre la boîte de dialogue de lancement)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="155"/>
        <source>Load &amp;Details for All Tags</source>
        <translation>Charger les &amp;détails de tous les tags</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="156"/>
        <source>Fetch digest, platforms, size and creation time of every tag listed, a few at a time</source>
        <translation>Récupérer l’empreinte, les plateformes, la taille et la date de création de chaque tag listé, quelques-uns à la fois</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="160"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="160"/>
        <source>Load the details of this tag again</source>
        <translation>Recharger les détails de ce tag</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="162"/>
        <source>&amp;Log In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="162"/>
        <source>Log in to this registry</source>
        <translation>Se connecter à ce registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="166"/>
        <source>Log &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="166"/>
        <source>Forget the login for this registry</source>
        <translation>Oublier la connexion pour ce registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="169"/>
        <source>Add &amp;Repository…</source>
        <translation>Ajouter un &amp;dépôt…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="170"/>
        <source>Remember a repository path for this registry</source>
        <translation>Retenir un chemin de dépôt pour ce registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="174"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="174"/>
        <source>Rename, connection security, CA file, remove</source>
        <translation>Renommer, sécurité de la connexion, fichier d’AC, supprimer</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="178"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="178"/>
        <source>List it again from the registry</source>
        <translation>Le relister depuis le registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="181"/>
        <source>Remove &amp;from List</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="182"/>
        <source>Forget this repository path (the registry is not changed)</source>
        <translation>Oublier ce chemin de dépôt (le registre n’est pas modifié)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="231"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Chargement des détails depuis %1…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="457"/>
        <source>The details of this tag could not be loaded.</source>
        <translation>Les détails de ce tag n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="462"/>
        <source>Loading the details of %1</source>
        <translation>Chargement des détails de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="477"/>
        <source>Also published unpacked on CVMFS: %1 — &lt;a href=&quot;%2&quot;&gt;Launch it with Apptainer…&lt;/a&gt;</source>
        <extracomment>%1 is a folder under /cvmfs/unpacked.cern.ch, %2 a link text.</extracomment>
        <translation>Aussi publiée décompressée sur CVMFS&#xa0;: %1 — &lt;a href=&quot;%2&quot;&gt;La lancer avec Apptainer…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="479"/>
        <source>Also published on unpacked.cern.ch</source>
        <translation>Aussi publiée sur unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="485"/>
        <source>OCI image index: images for several platforms</source>
        <translation>Index d’images OCI&#xa0;: des images pour plusieurs plateformes</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="487"/>
        <source>Docker manifest list: images for several platforms</source>
        <translation>Liste de manifestes Docker&#xa0;: des images pour plusieurs plateformes</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="489"/>
        <source>OCI image</source>
        <translation>Image OCI</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="491"/>
        <source>Docker image (schema 2)</source>
        <translation>Image Docker (schema 2)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="494"/>
        <source>Docker image (old schema 1)</source>
        <translation>Image Docker (ancien schema 1)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="503"/>
        <source>The image a pull on %1 fetches</source>
        <translation>L’image qu’un téléchargement sur %1 récupère</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="529"/>
        <source>and 1 build attestation</source>
        <extracomment>After the platforms of a multi-platform image: build attestations (SBOM, provenance) it also holds.</extracomment>
        <translation>et 1 attestation de construction</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="529"/>
        <source>and %1 build attestations</source>
        <translation>et %1 attestations de construction</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="533"/>
        <source>This computer is %1; a pull takes the matching image.</source>
        <translation>Cet ordinateur est %1&#x202f;; un téléchargement prend l’image correspondante.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="541"/>
        <source>%1 compressed, for %2, 1 layer</source>
        <extracomment>&quot;12.3 MB compressed, for linux/amd64, 3 layers&quot;</extracomment>
        <translation>%1 compressé, pour %2, 1 couche</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="542"/>
        <source>%1 compressed, for %2, %3 layers</source>
        <translation>%1 compressé, pour %2, %3 couches</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="544"/>
        <source>%1 compressed, 1 layer</source>
        <translation>%1 compressé, 1 couche</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="545"/>
        <source>%1 compressed, %2 layers</source>
        <translation>%1 compressé, %2 couches</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="546"/>
        <source>What a pull downloads; the unpacked image is larger.</source>
        <translation>Ce qu’un téléchargement récupère&#x202f;; l’image décompressée est plus grande.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="551"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="566"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="572"/>
        <source>Expand it to list its tags.</source>
        <translation>Déployez-le pour lister ses tags.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="573"/>
        <source>Listing the tags…</source>
        <translation>Liste des tags…</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="574"/>
        <source>1 tag</source>
        <translation>1 tag</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="574"/>
        <source>%1 tags</source>
        <translation>%1 tags</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="577"/>
        <source>The tags could not be listed: see the message in the list.</source>
        <translation>Les tags n’ont pas pu être listés&#xa0;: voir le message dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="583"/>
        <source>Added by hand (the registry does not list its repositories)</source>
        <translation>Ajouté à la main (le registre ne liste pas ses dépôts)</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="584"/>
        <source>From the registry&apos;s catalog</source>
        <translation>Depuis le catalogue du registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="595"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="608"/>
        <source>Insecure, as you chose: plain HTTP, or HTTPS without checking the certificate</source>
        <translation>Non sécurisé, comme vous l’avez choisi&#xa0;: HTTP simple, ou HTTPS sans vérification du certificat</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="611"/>
        <source>On this computer: HTTPS when offered, else plain HTTP</source>
        <translation>Sur cet ordinateur&#xa0;: HTTPS quand il est proposé, sinon HTTP simple</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="613"/>
        <source>HTTPS, certificate verified</source>
        <translation>HTTPS, certificat vérifié</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="623"/>
        <source>Expand it to list its repositories.</source>
        <translation>Déployez-le pour lister ses dépôts.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="624"/>
        <source>Listing the repositories…</source>
        <translation>Liste des dépôts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/RegistryDetailsPanel.cpp" line="625"/>
        <source>%n repositories</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/RegistryDetailsPanel.cpp" line="627"/>
        <source>It does not list its repositories; %n added by hand.</source>
        <translation>
            <numerusform>Il ne liste pas ses dépôts&#x202f;; %n ajouté à la main.</numerusform>
            <numerusform>Il ne liste pas ses dépôts&#x202f;; %n ajoutés à la main.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="630"/>
        <source>The repositories could not be listed: see the message in the list.</source>
        <translation>Les dépôts n’ont pas pu être listés&#xa0;: voir le message dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="649"/>
        <source>About registry %1</source>
        <extracomment>Above a message of the registry tree: &quot;About registry docker.io&quot;.</extracomment>
        <translation>À propos du registre %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="650"/>
        <source>About repository %1</source>
        <translation>À propos du dépôt %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="652"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="655"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="657"/>
        <source>The repositories could not be listed</source>
        <translation>Les dépôts n’ont pas pu être listés</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="658"/>
        <source>The tags could not be listed</source>
        <translation>Les tags n’ont pas pu être listés</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="660"/>
        <source>Repositories not listed</source>
        <translation>Dépôts non listés</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="674"/>
        <source>Listing the repositories of %1</source>
        <translation>Liste des dépôts de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistryDetailsPanel.cpp" line="675"/>
        <source>Listing the tags of %1</source>
        <translation>Liste des tags de %1</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryFailure</name>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="85"/>
        <source>try again in %1</source>
        <translation>réessayez dans %1</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="99"/>
        <source>%1 did not accept your login when Wharf tried to %2. Check the user name, and the password or token (it may have expired); log in again.</source>
        <translation>%1 n’a pas accepté votre connexion quand Wharf a essayé de %2. Vérifiez le nom d’utilisateur, et le mot de passe ou le jeton (il a peut-être expiré)&#x202f;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="105"/>
        <source>%1 wants a login to %2. Log in to %1 (Registries › Log In), then try again.</source>
        <translation>%1 demande une connexion pour %2. Connectez-vous à %1 (Registres › Se connecter), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="111"/>
        <source>%1 does not allow your account to %2.</source>
        <translation>%1 ne permet pas à votre compte de %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="112"/>
        <source>%1 does not allow anonymous users to %2. Log in, then try again.</source>
        <translation>%1 ne permet pas aux utilisateurs anonymes de %2. Connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="117"/>
        <source>%1 has nothing there: Wharf could not %2. Check the name.</source>
        <translation>%1 n’a rien à cet endroit&#xa0;: Wharf n’a pas pu %2. Vérifiez le nom.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="118"/>
        <source>%1 has nothing there: Wharf could not %2. Check the name; a private repository is only visible after you log in.</source>
        <translation>%1 n’a rien à cet endroit&#xa0;: Wharf n’a pas pu %2. Vérifiez le nom&#x202f;; un dépôt privé n’est visible qu’une fois connecté.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="124"/>
        <source>%1 refuses more requests for now (rate limit), so Wharf could not %2.</source>
        <translation>%1 refuse d’autres requêtes pour l’instant (limite de débit), donc Wharf n’a pas pu %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="126"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="127"/>
        <source>Logged-in users get a higher limit.</source>
        <translation>Les utilisateurs connectés ont une limite plus élevée.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="135"/>
        <source>%1 had a problem of its own (HTTP %2) when Wharf tried to %3. Try again later.</source>
        <translation>%1 a eu un problème de son côté (HTTP %2) quand Wharf a essayé de %3. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="142"/>
        <source>%1 answered HTTP %2 when Wharf tried to %3.</source>
        <translation>%1 a répondu HTTP %2 quand Wharf a essayé de %3.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="154"/>
        <source>The host name of %1 is not known (DNS), so Wharf could not %2. Check the spelling, your network, and whether the registry is only reachable through a VPN.</source>
        <translation>Le nom d’hôte de %1 est inconnu (DNS), donc Wharf n’a pas pu %2. Vérifiez l’orthographe, votre réseau, et si le registre n’est joignable que par un VPN.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="160"/>
        <source>Nothing answers at %1 (connection refused), so Wharf could not %2. Check the port, and that the registry is running.</source>
        <translation>Rien ne répond sur %1 (connexion refusée), donc Wharf n’a pas pu %2. Vérifiez le port, et que le registre tourne.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="167"/>
        <source>%1 stopped answering for %2 s while Wharf tried to %3. The registry or the network is slow or down; try again later.</source>
        <translation>%1 a cessé de répondre pendant %2 s quand Wharf a essayé de %3. Le registre ou le réseau est lent ou en panne&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="182"/>
        <source>Wharf does not trust the TLS certificate of %1, so it could not %2: %3. If the registry uses its own certificate authority, add its CA file in the registry&apos;s settings; if you trust the network, mark the registry insecure there.</source>
        <translation>Wharf ne fait pas confiance au certificat TLS de %1, il n’a donc pas pu %2&#xa0;: %3. Si le registre utilise sa propre autorité de certification, ajoutez son fichier d’AC dans les paramètres du registre&#x202f;; si vous faites confiance au réseau, marquez-y le registre comme non sécurisé.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryFailure.cpp" line="192"/>
        <source>Wharf could not reach %1 to %2: %3.</source>
        <translation>Wharf n’a pas pu joindre %1 pour %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryHost</name>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="47"/>
        <source>“%1” is not a registry address: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de registre&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="61"/>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="63"/>
        <source>it is longer than 255 characters</source>
        <translation>elle dépasse 255 caractères</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="79"/>
        <source>it has no host name</source>
        <translation>elle n’a pas de nom d’hôte</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="81"/>
        <source>a registry is a host name with an optional port; “/” starts a repository path</source>
        <translation>un registre est un nom d’hôte avec un port facultatif&#x202f;; «&#xa0;/&#xa0;» commence un chemin de dépôt</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="87"/>
        <source>without a dot or a port (registry.example.org, myhost:5000), Docker would read it as a Docker Hub user</source>
        <translation>sans point ni port (registry.example.org, myhost:5000), Docker la lirait comme un utilisateur de Docker Hub</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="95"/>
        <source>it is not a host name</source>
        <translation>ce n’est pas un nom d’hôte</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryHost.cpp" line="101"/>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryListing</name>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="27"/>
        <source>The registry&apos;s %1 is not the JSON a registry sends.</source>
        <translation>La réponse du registre (%1) n’est pas le JSON qu’envoie un registre.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="68"/>
        <location filename="../core/registry/RegistryListing.cpp" line="99"/>
        <source>repository list</source>
        <translation>liste des dépôts</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="73"/>
        <source>The registry&apos;s repository list is not the JSON a registry sends.</source>
        <translation>La liste des dépôts du registre n’est pas le JSON qu’envoie un registre.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="83"/>
        <source>tag list</source>
        <translation>liste des tags</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="89"/>
        <source>The registry&apos;s tag list is not the JSON a registry sends.</source>
        <translation>La liste des tags du registre n’est pas le JSON qu’envoie un registre.</translation>
    </message>
    <message>
        <location filename="../core/registry/RegistryListing.cpp" line="104"/>
        <source>Docker Hub&apos;s repository list is not the JSON Docker Hub sends.</source>
        <translation>La liste des dépôts de Docker Hub n’est pas le JSON qu’envoie Docker Hub.</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryServices</name>
    <message>
        <location filename="../app/RegistryServices.cpp" line="72"/>
        <source>anonymous</source>
        <extracomment>Login state of a registry: no login, requests go without credentials.</extracomment>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="75"/>
        <source>%1, in the keychain</source>
        <extracomment>Login state of a registry: &quot;alice, in the keychain&quot;.</extracomment>
        <translation>%1, dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="78"/>
        <source>%1, for this session</source>
        <extracomment>Login state of a registry: the password is kept in memory until Wharf quits.</extracomment>
        <translation>%1, pour cette session</translation>
    </message>
    <message>
        <location filename="../app/RegistryServices.cpp" line="80"/>
        <source>%1, log in again (the password was kept for one session only)</source>
        <extracomment>Login state: the password was kept for an earlier session only, so it is gone now.</extracomment>
        <translation>%1, reconnectez-vous (le mot de passe n’était gardé que pour une session)</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistrySettingsDialog</name>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="46"/>
        <source>Settings of %1</source>
        <extracomment>%1 is the registry: &quot;Settings of gitlab-registry.cern.ch&quot;.</extracomment>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="52"/>
        <source>Registry name</source>
        <translation>Nom du registre</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="58"/>
        <source>&amp;Insecure: allow plain HTTP and certificates that cannot be verified</source>
        <translation>&amp;Non sécurisé&#xa0;: permettre le HTTP simple et les certificats qui ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="61"/>
        <source>Only for a test registry you control. Without TLS verification anyone on the network between you and the registry can read your password and hand you different images.</source>
        <translation>Uniquement pour un registre de test que vous contrôlez. Sans vérification TLS, n’importe qui sur le réseau entre vous et le registre peut lire votre mot de passe et vous donner d’autres images.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="67"/>
        <source>This registry is on this computer: plain HTTP works without this option.</source>
        <translation>Ce registre est sur cet ordinateur&#xa0;: le HTTP simple fonctionne sans cette option.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="72"/>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>Aucun&#xa0;: les autorités de certification du système</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="74"/>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d’AC</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="75"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="91"/>
        <source>Security:</source>
        <extracomment>Connection security of a registry.</extracomment>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="97"/>
        <source>CA &amp;file:</source>
        <extracomment>A file of extra certificate authorities (PEM) trusted for this registry.</extracomment>
        <translation>&amp;Fichier d’AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="106"/>
        <source>&amp;Remove Registry…</source>
        <translation>&amp;Supprimer le registre…</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="109"/>
        <source>Remove %1 from the list and forget its login</source>
        <translation>Retirer %1 de la liste et oublier sa connexion</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="134"/>
        <source>Give the registry&apos;s host[:port].</source>
        <translation>Indiquez l’hôte[:port] du registre.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="139"/>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="145"/>
        <source>Renames %1 to %2; the login moves with it.</source>
        <translation>Renomme %1 en %2&#x202f;; la connexion suit.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="162"/>
        <source>Give the full path of the file.</source>
        <translation>Indiquez le chemin complet du fichier.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="164"/>
        <source>There is no file %1.</source>
        <translation>Il n’y a pas de fichier %1.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="166"/>
        <source>Wharf cannot read %1: check its permissions.</source>
        <translation>Wharf ne peut pas lire %1&#xa0;: vérifiez ses permissions.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="168"/>
        <source>Certificates in this file (PEM) are trusted for this registry, besides the system&apos;s.</source>
        <translation>Les certificats de ce fichier (PEM) sont reconnus pour ce registre, en plus de ceux du système.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="182"/>
        <source>Choose a CA Certificate File</source>
        <translation>Choisir un fichier de certificat d’AC</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="186"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="186"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="243"/>
        <source>Renaming %1 to %2</source>
        <translation>Renommage de %1 en %2</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="262"/>
        <source>The login could not be removed from the keychain; it stays there. You can remove it with your keychain&apos;s own tool (entries of &quot;Wharf registry logins&quot;).</source>
        <translation>La connexion n’a pas pu être retirée du trousseau&#x202f;; elle y reste. Vous pouvez la retirer avec l’outil propre à votre trousseau (entrées «&#xa0;Wharf registry logins&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="266"/>
        <source>Wharf also forgets the login of %1 for this registry.</source>
        <translation>Wharf oublie aussi la connexion de %1 pour ce registre.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="270"/>
        <source>The repository path you added by hand is forgotten too.</source>
        <translation>Le chemin de dépôt que vous avez ajouté à la main est oublié aussi.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="271"/>
        <source>The %1 repository paths you added by hand are forgotten too.</source>
        <translation>Les %1 chemins de dépôt que vous avez ajoutés à la main sont oubliés aussi.</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="274"/>
        <source>Remove Registry</source>
        <translation>Supprimer le registre</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="275"/>
        <source>Remove %1 from the list?</source>
        <translation>Retirer %1 de la liste&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="275"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="299"/>
        <source>&amp;Remove Anyway…</source>
        <translation>&amp;Supprimer quand même…</translation>
    </message>
    <message>
        <location filename="../app/RegistrySettingsDialog.cpp" line="301"/>
        <source>Forgetting the login of %1</source>
        <translation>Oubli de la connexion de %1</translation>
    </message>
</context>
<context>
    <name>Wharf::RegistryTreeModel</name>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="291"/>
        <source>Loading from 1 source…</source>
        <translation>Chargement depuis 1 source…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="291"/>
        <source>Loading from %1 sources…</source>
        <translation>Chargement depuis %1 sources…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="305"/>
        <location filename="../core/models/RegistryTreeModel.cpp" line="648"/>
        <source>Cancelled. Reload to try again.</source>
        <translation>Annulé. Rechargez pour réessayer.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="313"/>
        <source>Loading repositories…</source>
        <translation>Chargement des dépôts…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="344"/>
        <source>Loading… 1 repository so far</source>
        <translation>Chargement… 1 dépôt jusqu’ici</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="345"/>
        <source>Loading… %1 repositories so far</source>
        <translation>Chargement… %1 dépôts jusqu’ici</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="355"/>
        <source>%1 has no repositories yet.</source>
        <translation>%1 n’a encore aucun dépôt.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="377"/>
        <source>%1 does not let Wharf list its repositories (GitLab registries do not). Add the repository paths you use with “Add Repository…”; Wharf remembers them.</source>
        <translation>%1 ne laisse pas Wharf lister ses dépôts (les registres GitLab ne le font pas). Ajoutez les chemins de dépôt que vous utilisez avec «&#xa0;Ajouter un dépôt…&#xa0;»&#x202f;; Wharf les retient.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="381"/>
        <source>%1 lists its repositories only to users who log in, if at all. Log in, or add the repository paths you use with “Add Repository…”.</source>
        <translation>%1 ne liste ses dépôts qu’aux utilisateurs connectés, si tant est qu’il le fasse. Connectez-vous, ou ajoutez les chemins de dépôt que vous utilisez avec «&#xa0;Ajouter un dépôt…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="404"/>
        <source>Docker Hub does not list all its repositories. Add the paths you use with “Add Repository…” (for example library/almalinux: Wharf then lists the whole namespace), or log in to see your own.</source>
        <translation>Docker Hub ne liste pas tous ses dépôts. Ajoutez les chemins que vous utilisez avec «&#xa0;Ajouter un dépôt…&#xa0;» (par exemple library/almalinux&#xa0;: Wharf liste alors tout l’espace de noms), ou connectez-vous pour voir les vôtres.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="479"/>
        <source>Loading tags…</source>
        <translation>Chargement des tags…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="495"/>
        <source>Loading… %1 tags so far</source>
        <translation>Chargement… %1 tags jusqu’ici</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="509"/>
        <source>This repository has no tags.</source>
        <translation>Ce dépôt n’a aucun tag.</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="739"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="741"/>
        <source>Could not load</source>
        <translation>Chargement impossible</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="743"/>
        <source>1 repository added by hand</source>
        <translation>1 dépôt ajouté à la main</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="744"/>
        <source>%1 repositories added by hand</source>
        <translation>%1 dépôts ajoutés à la main</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="747"/>
        <source>1 repository</source>
        <translation>1 dépôt</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="747"/>
        <source>%1 repositories</source>
        <translation>%1 dépôts</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="748"/>
        <source>1 tag</source>
        <translation>1 tag</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="748"/>
        <source>%1 tags</source>
        <translation>%1 tags</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="757"/>
        <source>Loading details…</source>
        <translation>Chargement des détails…</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="760"/>
        <source>Details unavailable</source>
        <translation>Détails indisponibles</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="857"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="859"/>
        <source>Platforms / contents</source>
        <translation>Plateformes / contenu</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="861"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../core/models/RegistryTreeModel.cpp" line="863"/>
        <source>Created</source>
        <translation>Créée</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Wharf::ResultsWizardPage</name>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="33"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="34"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="35"/>
        <source>&amp;Save Diagnostics Bundle…</source>
        <translation>&amp;Enregistrer le dossier de diagnostic…</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="38"/>
        <source>What Wharf found</source>
        <translation>Ce que Wharf a trouvé</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="47"/>
        <source>Run the same checks again, after you tried a fix</source>
        <translation>Relancer les mêmes vérifications, après avoir essayé une correction</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="49"/>
        <source>Copy the results as Markdown (secrets removed), to paste into a ticket</source>
        <translation>Copier les résultats en Markdown (sans les secrets), pour les coller dans un ticket</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="51"/>
        <source>Save the results, the engines, the settings and the recent log in one file to attach to a ticket; secrets are removed</source>
        <translation>Enregistrer les résultats, les moteurs, les paramètres et le journal récent dans un seul fichier à joindre à un ticket&#x202f;; les secrets sont retirés</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="91"/>
        <source>No check has answered.</source>
        <translation>Aucune vérification n’a répondu.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="92"/>
        <source>%1. Problems first, each with how to fix it.</source>
        <translation>%1. Les problèmes d’abord, chacun avec sa solution.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="111"/>
        <source>Wharf found no problem here. If it still goes wrong, copy the report or save the diagnostics bundle and ask for help: they show what was checked.</source>
        <translation>Wharf n’a trouvé aucun problème ici. Si quelque chose ne va toujours pas, copiez le rapport ou enregistrez le dossier de diagnostic et demandez de l’aide&#xa0;: ils montrent ce qui a été vérifié.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="123"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="142"/>
        <source>Cancelled before they answered: %1.</source>
        <translation>Annulées avant d’avoir répondu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="143"/>
        <source>No problem: %1.</source>
        <translation>Aucun problème&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ResultsWizardPage.cpp" line="144"/>
        <source>Not applicable on this computer: %1.</source>
        <translation>Sans objet sur cet ordinateur&#xa0;: %1.</translation>
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
        <translation>Prérequis de Podman sans root</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="71"/>
        <source>Rootless Podman prerequisites concern Linux only.</source>
        <translation>Les prérequis de Podman sans root ne concernent que Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="76"/>
        <source>Wharf runs as root: Podman runs rootful and needs no subordinate ids.</source>
        <translation>Wharf tourne en root&#xa0;: Podman tourne avec root et n’a pas besoin d’identifiants subordonnés.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="82"/>
        <source>Podman is not installed.</source>
        <translation>Podman n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="85"/>
        <source>podman: %1</source>
        <translation>podman&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="97"/>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="186"/>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="105"/>
        <source>%1: no range for %2 (uid %3)</source>
        <translation>%1&#xa0;: aucune plage pour %2 (uid %3)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="109"/>
        <source>%1 line %2: %3:%4:%5</source>
        <translation>%1 ligne %2&#xa0;: %3:%4:%5</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="119"/>
        <source>%1 has no subordinate id range in /etc/subuid or /etc/subgid.</source>
        <translation>%1 n’a aucune plage d’identifiants subordonnés dans /etc/subuid ou /etc/subgid.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="120"/>
        <source>Give %1 a range of ids no other user has, in both files: `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1` (or add the line `%1:100000:65536` to /etc/subuid and /etc/subgid), then `podman system migrate`.</source>
        <translation>Donnez à %1 une plage d’identifiants qu’aucun autre utilisateur n’a, dans les deux fichiers&#xa0;: `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1` (ou ajoutez la ligne `%1:100000:65536` à /etc/subuid et /etc/subgid), puis `podman system migrate`.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="143"/>
        <source>%1: not installed</source>
        <translation>%1&#xa0;: non installé</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="144"/>
        <source>%1 is not installed.</source>
        <translation>%1 n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="146"/>
        <source>Install newuidmap and newgidmap: `sudo apt-get install uidmap` (Debian, Ubuntu) or `sudo dnf install shadow-utils` (Fedora, RHEL, Alma).</source>
        <translation>Installez newuidmap et newgidmap&#xa0;: `sudo apt-get install uidmap` (Debian, Ubuntu) ou `sudo dnf install shadow-utils` (Fedora, RHEL, Alma).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="162"/>
        <source>%1: setuid root</source>
        <translation>%1&#xa0;: setuid root</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="164"/>
        <source>%1: file capability %2+ep</source>
        <translation>%1&#xa0;: capacité de fichier %2+ep</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="167"/>
        <source>%1: neither setuid root nor file capabilities</source>
        <translation>%1&#xa0;: ni setuid root ni capacités de fichier</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="168"/>
        <source>%1: file capabilities without %2</source>
        <translation>%1&#xa0;: capacités de fichier sans %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="169"/>
        <source>%1 can map no ids: it is neither setuid root nor has %2.</source>
        <translation>%1 ne peut associer aucun identifiant&#xa0;: il n’est pas setuid root et n’a pas %2.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="172"/>
        <source>Give %1 its capability back: `sudo setcap %2+ep %3` (or reinstall the uidmap / shadow-utils package).</source>
        <translation>Rendez sa capacité à %1&#xa0;: `sudo setcap %2+ep %3` (ou réinstallez le paquet uidmap / shadow-utils).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="189"/>
        <source>User namespaces are switched off (user.max_user_namespaces = 0).</source>
        <translation>Les espaces de noms utilisateur sont désactivés (user.max_user_namespaces = 0).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="190"/>
        <source>Switch user namespaces on: `sudo sysctl -w user.max_user_namespaces=15000`; to keep it after a reboot, put `user.max_user_namespaces=15000` into /etc/sysctl.d/90-userns.conf.</source>
        <translation>Activez les espaces de noms utilisateur&#xa0;: `sudo sysctl -w user.max_user_namespaces=15000`&#x202f;; pour que cela survive à un redémarrage, mettez `user.max_user_namespaces=15000` dans /etc/sysctl.d/90-userns.conf.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="201"/>
        <source>This kernel does not say whether it allows user namespaces.</source>
        <translation>Ce noyau n’indique pas s’il permet les espaces de noms utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="203"/>
        <source>Look at the setting with `sysctl user.max_user_namespaces`; it must be above 0.</source>
        <translation>Regardez le réglage avec `sysctl user.max_user_namespaces`&#x202f;; il doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="218"/>
        <source>Podman can run rootless containers for %1.</source>
        <translation>Podman peut lancer des conteneurs sans root pour %1.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/RootlessPodmanCheck.cpp" line="224"/>
        <source>Rootless Podman cannot start containers: %1</source>
        <translation>Podman sans root ne peut pas démarrer de conteneurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::RunInTerminalCommand</name>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="83"/>
        <source>wharf run-in-terminal: unexpected argument &quot;%1&quot;.
</source>
        <translation>wharf run-in-terminal&#xa0;: argument inattendu «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="88"/>
        <source>Usage: wharf run-in-terminal --report FILE [--no-wait] [--no-capture] [--env NAME=VALUE]... [--directory DIR] -- PROGRAM [ARGUMENTS...]
Runs PROGRAM in this terminal and writes how it ended to FILE. Wharf uses it to run launches in a terminal window.
</source>
        <translation>Utilisation&#xa0;: wharf run-in-terminal --report FICHIER [--no-wait] [--no-capture] [--env NOM=VALEUR]... [--directory DOSSIER] -- PROGRAMME [ARGUMENTS...]
Lance PROGRAMME dans ce terminal et écrit dans FICHIER comment il s’est terminé. Wharf s’en sert pour lancer des commandes dans une fenêtre de terminal.
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="212"/>
        <source>wharf: cannot change to the folder &quot;%1&quot;: </source>
        <translation>wharf&#xa0;: impossible d’aller dans le dossier «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="214"/>
        <source>wharf: cannot run &quot;%1&quot;: </source>
        <translation>wharf&#xa0;: impossible de lancer «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="218"/>
        <source>wharf: cannot create a pipe: %1
</source>
        <translation>wharf&#xa0;: impossible de créer un tube&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="232"/>
        <source>wharf: cannot start a process: %1
</source>
        <translation>wharf&#xa0;: impossible de démarrer un processus&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RunInTerminalCommand.cpp" line="305"/>
        <source>Wharf: the command failed (%1). Press Enter to close.</source>
        <translation>Wharf&#xa0;: la commande a échoué (%1). Appuyez sur Entrée pour fermer.</translation>
    </message>
</context>
<context>
    <name>Wharf::RunReport</name>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="70"/>
        <source>exit %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="74"/>
        <source>signal %1 (SIG%2)</source>
        <translation>signal %1 (SIG%2)</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="76"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="78"/>
        <source>unknown outcome</source>
        <translation>issue inconnue</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="100"/>
        <source>The report of the command run in the terminal cannot be read.</source>
        <translation>Le rapport de la commande lancée dans le terminal ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="107"/>
        <source>The report of the command run in the terminal has an unknown format.</source>
        <translation>Le rapport de la commande lancée dans le terminal a un format inconnu.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="117"/>
        <source>The report of the command run in the terminal is incomplete.</source>
        <translation>Le rapport de la commande lancée dans le terminal est incomplet.</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="135"/>
        <source>Cannot write the report of the command to &quot;%1&quot;.</source>
        <translation>Impossible d’écrire le rapport de la commande dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="145"/>
        <source>Cannot read the report of the command from &quot;%1&quot;.</source>
        <translation>Impossible de lire le rapport de la commande depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/RunReport.cpp" line="150"/>
        <source>The report of the command run in the terminal is too large.</source>
        <translation>Le rapport de la commande lancée dans le terminal est trop grand.</translation>
    </message>
</context>
<context>
    <name>Wharf::SelinuxCheck</name>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="15"/>
        <source>SELinux mode</source>
        <translation>Mode de SELinux</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="22"/>
        <source>SELinux exists only on Linux.</source>
        <translation>SELinux n’existe que sous Linux.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="31"/>
        <source>SELinux is not enabled on this computer.</source>
        <translation>SELinux n’est pas activé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="32"/>
        <source>%1: not present</source>
        <translation>%1&#xa0;: absent</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="37"/>
        <source>The SELinux mode cannot be read.</source>
        <translation>Le mode de SELinux ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="40"/>
        <source>Run `getenforce` to see the mode; if it says Enforcing, see the SELinux advice below.</source>
        <translation>Lancez `getenforce` pour voir le mode&#x202f;; s’il indique Enforcing, voyez les conseils SELinux ci-dessous.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="49"/>
        <source>SELinux is permissive: it logs but does not block.</source>
        <translation>SELinux est en mode permissif&#xa0;: il journalise mais ne bloque pas.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="50"/>
        <source>%1: 0 (permissive)</source>
        <translation>%1&#xa0;: 0 (permissif)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="56"/>
        <source>The SELinux mode is not one Wharf knows.</source>
        <translation>Le mode de SELinux n’est pas un mode que Wharf connaît.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="58"/>
        <source>%1: unexpected content &quot;%2&quot;</source>
        <translation>%1&#xa0;: contenu inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="61"/>
        <source>Run `getenforce` to see the mode.</source>
        <translation>Lancez `getenforce` pour voir le mode.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="66"/>
        <source>SELinux is enforcing: containers that mount CVMFS with FUSE, and bind mounts without a label, may be refused (&quot;Permission denied&quot;).</source>
        <translation>SELinux est en mode enforcing&#xa0;: les conteneurs qui montent CVMFS avec FUSE, et les montages liés sans étiquette, peuvent être refusés («&#xa0;Permission denied&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="69"/>
        <source>%1: 1 (enforcing)</source>
        <translation>%1&#xa0;: 1 (enforcing)</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="71"/>
        <source>For the container that mounts CVMFS itself (FUSE inside the container), or that binds /cvmfs: add `--security-opt label=disable` to its `docker run` / `podman run` command. This switches SELinux labelling off for that one container only.</source>
        <translation>Pour le conteneur qui monte CVMFS lui-même (FUSE dans le conteneur), ou qui lie /cvmfs&#xa0;: ajoutez `--security-opt label=disable` à sa commande `docker run` / `podman run`. Cela désactive l’étiquetage SELinux pour ce seul conteneur.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="76"/>
        <source>For your own folders bound into a container, add `:z` to the volume (`-v &quot;$PWD&quot;:/work:z`) so they get a label containers may use. Never use `:z` on /cvmfs, /home or /: it relabels the whole tree.</source>
        <translation>Pour vos propres dossiers liés dans un conteneur, ajoutez `:z` au volume (`-v &quot;$PWD&quot;:/work:z`) pour qu’ils reçoivent une étiquette que les conteneurs peuvent utiliser. N’utilisez jamais `:z` sur /cvmfs, /home ou /&#xa0;: cela réétiquette toute l’arborescence.</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/SelinuxCheck.cpp" line="80"/>
        <source>Only if neither works: `sudo setenforce 0` makes SELinux permissive until the next reboot. It lowers the protection of the whole computer; switch it back with `sudo setenforce 1`.</source>
        <translation>Seulement si rien de cela ne fonctionne&#xa0;: `sudo setenforce 0` rend SELinux permissif jusqu’au prochain redémarrage. Cela affaiblit la protection de tout l’ordinateur&#x202f;; rétablissez-le avec `sudo setenforce 1`.</translation>
    </message>
</context>
<context>
    <name>Wharf::SessionSecretStore</name>
    <message>
        <location filename="../core/credentials/SessionSecretStore.cpp" line="38"/>
        <source>No password for %1 (user %2) is kept for this session.</source>
        <translation>Aucun mot de passe pour %1 (utilisateur %2) n’est gardé pour cette session.</translation>
    </message>
</context>
<context>
    <name>Wharf::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="95"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="109"/>
        <location filename="../app/SettingsDialog.cpp" line="228"/>
        <source>Engines</source>
        <translation>Moteurs</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="114"/>
        <location filename="../app/SettingsDialog.cpp" line="442"/>
        <location filename="../app/SettingsDialog.cpp" line="446"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="229"/>
        <source>Wharf finds Docker and Podman by itself: DOCKER_HOST, Docker contexts, and the usual sockets of both, for you and for the system. Add an address only for an engine it cannot find, such as one on another machine.</source>
        <translation>Wharf trouve Docker et Podman tout seul&#xa0;: DOCKER_HOST, les contextes Docker et les sockets habituels des deux, pour vous et pour le système. N’ajoutez une adresse que pour un moteur qu’il ne trouve pas, par exemple sur une autre machine.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="234"/>
        <source>Additional engine address</source>
        <translation>Adresse de moteur supplémentaire</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="235"/>
        <source>None: only the engines found</source>
        <translation>Aucune&#xa0;: seulement les moteurs trouvés</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="237"/>
        <source>For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376</source>
        <translation>Par exemple unix:///run/user/1000/podman/podman.sock ou tcp://build.example.org:2376</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="241"/>
        <source>Additional &amp;address:</source>
        <translation>&amp;Adresse supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="244"/>
        <source>For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376.</source>
        <translation>Par exemple unix:///run/user/1000/podman/podman.sock ou tcp://build.example.org:2376.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="256"/>
        <source>The terminal emulator Wharf opens a container&apos;s shell in.</source>
        <translation>L’émulateur de terminal dans lequel Wharf ouvre le shell d’un conteneur.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="261"/>
        <source>Terminal emulator</source>
        <translation>Émulateur de terminal</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="268"/>
        <source>Automatic (first found)</source>
        <extracomment>The terminal choice that lets Wharf pick.</extracomment>
        <translation>Automatique (le premier trouvé)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="277"/>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="292"/>
        <source>CVMFS mount point</source>
        <translation>Point de montage de CVMFS</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="296"/>
        <source>&amp;Mount point:</source>
        <translation>&amp;Point de montage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="298"/>
        <source>Where the CVMFS client mounts the repositories on this computer; Wharf mounts it into the containers it starts.</source>
        <translation>L’endroit où le client CVMFS monte les dépôts sur cet ordinateur&#x202f;; Wharf le monte dans les conteneurs qu’il démarre.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="324"/>
        <source>unpacked.cern.ch</source>
        <translation>unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="327"/>
        <source>&amp;Folders the unpacked.cern.ch page browses, in order:</source>
        <translation>&amp;Dossiers que parcourt la page unpacked.cern.ch, dans l’ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="329"/>
        <source>unpacked.cern.ch folders</source>
        <translation>Dossiers d’unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <location filename="../app/SettingsDialog.cpp" line="337"/>
        <source>An empty list means %1.</source>
        <translation>Une liste vide signifie %1.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <location filename="../app/SettingsDialog.cpp" line="403"/>
        <location filename="../app/SettingsDialog.cpp" line="412"/>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="303"/>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="307"/>
        <source>The &amp;repositories you work with: the checks look at them, the Launch dialog offers them.</source>
        <translation>Les &amp;dépôts avec lesquels vous travaillez&#xa0;: les vérifications les examinent, la fenêtre de lancement les propose.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="311"/>
        <source>CVMFS repositories</source>
        <translation>Dépôts CVMFS</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="341"/>
        <source>Automounter container (Linux)</source>
        <translation>Conteneur automounter (Linux)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="345"/>
        <source>When CVMFS is not installed on this computer, the cvmfs-automounter container can mount the repositories instead and share them with the containers Wharf starts. It runs with extra privileges, and only when you choose it in Launch.</source>
        <translation>Quand CVMFS n’est pas installé sur cet ordinateur, le conteneur cvmfs-automounter peut monter les dépôts à sa place et les partager avec les conteneurs que Wharf démarre. Il tourne avec des privilèges supplémentaires, et seulement quand vous le choisissez dans Lancer.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="350"/>
        <source>Automounter image</source>
        <translation>Image de l’automounter</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="353"/>
        <source>Automounter container name</source>
        <translation>Nom du conteneur automounter</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="356"/>
        <source>Automounter mount folder</source>
        <translation>Dossier de montage de l’automounter</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="361"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="364"/>
        <source>Container &amp;name:</source>
        <translation>&amp;Nom du conteneur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="367"/>
        <source>Mount &amp;folder:</source>
        <translation>&amp;Dossier de montage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="382"/>
        <source>Proxy for registries</source>
        <translation>Proxy pour les registres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="383"/>
        <source>None: the system&apos;s proxy</source>
        <translation>Aucun&#xa0;: le proxy du système</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="387"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="389"/>
        <source>Used to reach registries, for example http://proxy.example.org:8080. Leave it empty to use the system&apos;s proxy settings. Engines pull through their own proxy settings.</source>
        <translation>Sert à joindre les registres, par exemple http://proxy.example.org:8080. Laissez vide pour utiliser les paramètres de proxy du système. Les moteurs téléchargent via leurs propres paramètres de proxy.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="404"/>
        <source>Your registries, their logins (kept in the keychain) and their options (a CA file, plain HTTP, the repositories to list) are set on the Registries page, where you browse them.</source>
        <translation>Vos registres, leurs identifiants (gardés dans le trousseau) et leurs options (un fichier d’AC, HTTP simple, les dépôts à lister) se règlent dans la page Registres, où vous les parcourez.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="408"/>
        <source>&amp;Registries Wharf lists:</source>
        <translation>&amp;Registres que Wharf liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="416"/>
        <source>&amp;Open the Registries Page</source>
        <translation>&amp;Ouvrir la page Registres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="418"/>
        <source>Open the Registries page</source>
        <translation>Ouvrir la page Registres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="434"/>
        <source>None yet: add one on the Registries page.</source>
        <translation>Aucun pour l’instant&#xa0;: ajoutez-en un dans la page Registres.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="447"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="453"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="455"/>
        <source>Takes effect the next time Wharf starts.</source>
        <translation>Prend effet au prochain démarrage de Wharf.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="482"/>
        <source>%1 (not found on this computer)</source>
        <extracomment>%1 is a terminal emulator&apos;s name (&quot;Konsole&quot;).</extracomment>
        <translation>%1 (introuvable sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="548"/>
        <source>The CVMFS mount point</source>
        <translation>Le point de montage de CVMFS</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="571"/>
        <source>The unpacked.cern.ch folder</source>
        <translation>Le dossier unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="591"/>
        <source>The automounter&apos;s mount folder</source>
        <translation>Le dossier de montage de l’automounter</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="601"/>
        <source>%1, has a value to fix</source>
        <extracomment>Read by screen readers for a section of Settings that holds a value to fix; %1 is its name.</extracomment>
        <translation>%1, contient une valeur à corriger</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="602"/>
        <source>A value on this page needs fixing.</source>
        <translation>Une valeur de cette page doit être corrigée.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="625"/>
        <source>Wharf uses %1 (%2), the first one found.</source>
        <extracomment>%1 is the terminal&apos;s name (&quot;Konsole&quot;), %2 the program (&quot;/usr/bin/konsole&quot;).</extracomment>
        <translation>Wharf utilise %1 (%2), le premier trouvé.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="628"/>
        <source>No terminal emulator was found on this computer. Install one, such as Konsole, GNOME Terminal or xterm.</source>
        <translation>Aucun émulateur de terminal n’a été trouvé sur cet ordinateur. Installez-en un, comme Konsole, GNOME Terminal ou xterm.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="636"/>
        <source>This terminal is not installed: Wharf will use the first one found until it is.</source>
        <translation>Ce terminal n’est pas installé&#xa0;: Wharf utilisera le premier trouvé tant qu’il ne l’est pas.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="640"/>
        <source>Wharf uses %1 (%2).</source>
        <extracomment>%1 is the terminal&apos;s name (&quot;Konsole&quot;), %2 the program (&quot;/usr/bin/konsole&quot;).</extracomment>
        <translation>Wharf utilise %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Wharf::SettingsListEditor</name>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="37"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="38"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="39"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/SettingsListEditor.cpp" line="40"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
</context>
<context>
    <name>Wharf::ShareLoginDialog</name>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="42"/>
        <source>Share Login with Docker and Podman</source>
        <translation>Partager la connexion avec Docker et Podman</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="46"/>
        <source>Let Docker and Podman use your Wharf login for %1, so that “docker pull” and “podman pull” work with it too.</source>
        <translation>Permettre à Docker et Podman d’utiliser votre connexion Wharf pour %1, pour que «&#xa0;docker pull&#xa0;» et «&#xa0;podman pull&#xa0;» fonctionnent aussi avec elle.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="49"/>
        <source>Let Docker and Podman use your Wharf login for %1 (user %2), so that “docker pull” and “podman pull” work with it too.</source>
        <translation>Permettre à Docker et Podman d’utiliser votre connexion Wharf pour %1 (utilisateur %2), pour que «&#xa0;docker pull&#xa0;» et «&#xa0;podman pull&#xa0;» fonctionnent aussi avec elle.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="53"/>
        <source>Wharf never writes your password or token in clear. Each tool&apos;s file only names a credential helper, and the helper keeps the login in the system keychain; the other settings in the files stay as they are.</source>
        <translation>Wharf n’écrit jamais votre mot de passe ou votre jeton en clair. Le fichier de chaque outil ne fait que nommer un assistant d’identification, et l’assistant garde la connexion dans le trousseau du système&#x202f;; les autres réglages des fichiers restent tels quels.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="70"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="73"/>
        <source>Hand the login to the credential helpers of the checked tools</source>
        <translation>Transmettre la connexion aux assistants d’identification des outils cochés</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="90"/>
        <location filename="../app/ShareLoginDialog.cpp" line="193"/>
        <source>Wharf has no login for %1: log in first, then share it.</source>
        <translation>Wharf n’a pas de connexion pour %1&#xa0;: connectez-vous d’abord, puis partagez-la.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="110"/>
        <source>&amp;Docker</source>
        <translation>&amp;Docker</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="110"/>
        <source>&amp;Podman</source>
        <translation>P&amp;odman</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="182"/>
        <source>Reading your login for %1…</source>
        <translation>Lecture de votre connexion pour %1…</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="195"/>
        <source>Wharf cannot read your login for %1: %2</source>
        <translation>Wharf ne peut pas lire votre connexion pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="216"/>
        <source>Sharing the login with %1…</source>
        <translation>Partage de la connexion avec %1…</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="229"/>
        <source>Shared: %1 now uses this login for %2.</source>
        <extracomment>%1: Docker or Podman, %2: a registry.</extracomment>
        <translation>Partagée&#xa0;: %1 utilise maintenant cette connexion pour %2.</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="236"/>
        <source>Not shared with %1: %2</source>
        <translation>Non partagée avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="279"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ShareLoginDialog.cpp" line="279"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Wharf::Symptom</name>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="42"/>
        <source>I can&apos;t see /cvmfs</source>
        <translation>Je ne vois pas /cvmfs</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="44"/>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="46"/>
        <source>An image won&apos;t pull</source>
        <translation>Une image ne se télécharge pas</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="48"/>
        <source>The container exits at once</source>
        <translation>Le conteneur se termine aussitôt</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="50"/>
        <source>I can&apos;t log in to a registry</source>
        <translation>Je ne peux pas me connecter à un registre</translation>
    </message>
    <message>
        <location filename="../core/diagnostics/Symptom.cpp" line="51"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>Wharf::SymptomWizardPage</name>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="24"/>
        <source>What is wrong?</source>
        <translation>Qu’est-ce qui ne va pas&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="25"/>
        <source>Pick what you see. Wharf then checks this computer for what usually causes it; nothing is changed.</source>
        <translation>Choisissez ce que vous constatez. Wharf cherche alors sur cet ordinateur ce qui en est habituellement la cause&#x202f;; rien n’est modifié.</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="28"/>
        <source>&amp;What happens:</source>
        <translation>&amp;Ce qui se passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="31"/>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="91"/>
        <source>Choose one with the arrow keys or the mouse, then Next.</source>
        <translation>Choisissez-en un avec les flèches ou la souris, puis Suivant.</translation>
    </message>
    <message>
        <location filename="../app/SymptomWizardPage.cpp" line="100"/>
        <source>Wharf will check: %1.</source>
        <translation>Wharf va vérifier&#xa0;: %1.</translation>
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
        <translation>Étiqueter une image</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="45"/>
        <source>Image to tag</source>
        <translation>Image à étiqueter</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="51"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="56"/>
        <source>name:tag, e.g. myanalysis:v2</source>
        <translation>nom:tag, par exemple monanalyse:v2</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="58"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="62"/>
        <source>Name check</source>
        <translation>Vérification du nom</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="66"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="73"/>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="75"/>
        <source>Engine:</source>
        <translation>Moteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="78"/>
        <source>&amp;New name:</source>
        <extracomment>The new reference the image gets, e.g. &quot;myanalysis:v2&quot;.</extracomment>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="84"/>
        <source>&amp;Tag</source>
        <translation>É&amp;tiqueter</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="105"/>
        <source>The engine went away before the image was tagged. Start it again, then tag again.</source>
        <translation>Le moteur a disparu avant que l’image soit étiquetée. Redémarrez-le, puis étiquetez de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="160"/>
        <source>Type the new name; without a tag, &quot;latest&quot; is used.</source>
        <translation>Tapez le nouveau nom&#x202f;; sans tag, «&#xa0;latest&#xa0;» est utilisé.</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="166"/>
        <source>A new name takes a tag, not a digest: remove &quot;@%1&quot; and give a tag instead (name:tag).</source>
        <translation>Un nouveau nom prend un tag, pas une empreinte&#xa0;: retirez «&#xa0;@%1&#xa0;» et donnez un tag à la place (nom:tag).</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="172"/>
        <source>Tags the image as %1</source>
        <extracomment>%1 is the normalised reference: &quot;docker.io/library/myanalysis:v2&quot;.</extracomment>
        <translation>Étiquette l’image en %1</translation>
    </message>
    <message>
        <location filename="../app/TagDialog.cpp" line="226"/>
        <source>%1 no longer has the image %2. It was probably removed meanwhile: close this dialog and refresh the list of images.</source>
        <extracomment>%1 is the engine (&quot;Docker&quot;), %2 the image as the dialog shows it.</extracomment>
        <translation>%1 n’a plus l’image %2. Elle a probablement été supprimée entre-temps&#xa0;: fermez cette boîte de dialogue et actualisez la liste des images.</translation>
    </message>
</context>
<context>
    <name>Wharf::TarGzReader</name>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="65"/>
        <source>&quot;%1&quot; is not a readable diagnostics bundle: %2</source>
        <extracomment>%1 is a file path, %2 what is wrong with it</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier de diagnostic lisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="68"/>
        <source>it is damaged, truncated or not a .tar.gz file.</source>
        <translation>il est endommagé, tronqué ou n’est pas un fichier .tar.gz.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="71"/>
        <source>its content is larger than %1.</source>
        <translation>son contenu dépasse %1.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="76"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="78"/>
        <source>it is not a file.</source>
        <translation>ce n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="82"/>
        <source>out of memory.</source>
        <translation>mémoire insuffisante.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="106"/>
        <location filename="../core/archive/TarGzReader.cpp" line="149"/>
        <source>it is not gzip-compressed.</source>
        <translation>il n’est pas compressé avec gzip.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="110"/>
        <source>it holds more than %1 entries.</source>
        <translation>il contient plus de %1 entrées.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="114"/>
        <source>it holds an entry with an unsafe name (&quot;%1&quot;).</source>
        <translation>il contient une entrée au nom dangereux («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="119"/>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzReader.cpp" line="121"/>
        <source>it holds &quot;%1&quot; twice.</source>
        <translation>il contient «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
</context>
<context>
    <name>Wharf::TarGzWriter</name>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="62"/>
        <source>Cannot write &quot;%1&quot;: %2. Check that there is free space there, or choose another folder.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez qu’il reste de la place à cet endroit, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="146"/>
        <source>The archive &quot;%1&quot; is already open.</source>
        <translation>L’archive «&#xa0;%1&#xa0;» est déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="153"/>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="157"/>
        <source>Cannot create the archive &quot;%1&quot;: out of memory.</source>
        <translation>Impossible de créer l’archive «&#xa0;%1&#xa0;»&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="164"/>
        <source>Cannot create the archive &quot;%1&quot;: %2</source>
        <translation>Impossible de créer l’archive «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="175"/>
        <source>Cannot add to the archive &quot;%1&quot;: an earlier write failed.</source>
        <translation>Impossible d’ajouter à l’archive «&#xa0;%1&#xa0;»&#xa0;: une écriture précédente a échoué.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="177"/>
        <location filename="../core/archive/TarGzWriter.cpp" line="225"/>
        <source>The archive &quot;%1&quot; is not open.</source>
        <translation>L’archive «&#xa0;%1&#xa0;» n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="181"/>
        <source>Cannot add &quot;%1&quot; to an archive: the name is empty once unsafe parts are removed.</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à une archive&#xa0;: le nom est vide une fois les parties dangereuses retirées.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="185"/>
        <source>The archive already holds &quot;%1&quot;.</source>
        <translation>L’archive contient déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="190"/>
        <source>Cannot add &quot;%1&quot; to the archive &quot;%2&quot;: out of memory.</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à l’archive «&#xa0;%2&#xa0;»&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <location filename="../core/archive/TarGzWriter.cpp" line="223"/>
        <source>The archive &quot;%1&quot; was not written: an earlier write failed.</source>
        <translation>L’archive «&#xa0;%1&#xa0;» n’a pas été écrite&#xa0;: une écriture précédente a échoué.</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalDetector</name>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="145"/>
        <source>The terminal chosen in the settings, &quot;%1&quot;, is not one Wharf knows. Choose another terminal in the settings, or &quot;automatic&quot;.</source>
        <translation>Le terminal choisi dans les paramètres, «&#xa0;%1&#xa0;», n’est pas un terminal que Wharf connaît. Choisissez un autre terminal dans les paramètres, ou «&#xa0;automatique&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="152"/>
        <source>The terminal chosen in the settings, %1, is not installed (no &quot;%2&quot; on the PATH). Install it, or choose another terminal in the settings.</source>
        <translation>Le terminal choisi dans les paramètres, %1, n’est pas installé (pas de «&#xa0;%2&#xa0;» dans le PATH). Installez-le, ou choisissez un autre terminal dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="159"/>
        <source>%1 runs commands in a window process of its own, so Wharf cannot pass this launch&apos;s environment variables (a registry password among them) to it. Choose another terminal in the settings.</source>
        <translation>%1 exécute les commandes dans un processus de fenêtre à lui, donc Wharf ne peut pas lui transmettre les variables d’environnement de ce lancement (dont un mot de passe de registre). Choisissez un autre terminal dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="177"/>
        <source>Install a terminal emulator: your desktop&apos;s own (Konsole, GNOME Terminal, ...) or, on Debian and Ubuntu, &quot;sudo apt install xterm&quot;. Or set TERMINAL to the one you use.</source>
        <translation>Installez un émulateur de terminal&#xa0;: celui de votre bureau (Konsole, GNOME Terminal, ...) ou, sous Debian et Ubuntu, «&#xa0;sudo apt install xterm&#xa0;». Ou définissez TERMINAL sur celui que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="181"/>
        <source>Wharf drives Terminal or iTerm2 through osascript, which was not found.</source>
        <translation>Wharf pilote Terminal ou iTerm2 par osascript, qui est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="184"/>
        <source>Install Windows Terminal from the Microsoft Store.</source>
        <translation>Installez Windows Terminal depuis le Microsoft Store.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="188"/>
        <source>The terminals found run commands in a window process of their own and cannot receive this launch&apos;s environment variables. </source>
        <translation>Les terminaux trouvés exécutent les commandes dans un processus de fenêtre à eux et ne peuvent pas recevoir les variables d’environnement de ce lancement. </translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalDetector.cpp" line="192"/>
        <source>No terminal emulator found. Looked for: %1. %2</source>
        <translation>Aucun émulateur de terminal trouvé. Recherchés&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalEmulator</name>
    <message>
        <location filename="../core/launch/TerminalEmulator.cpp" line="180"/>
        <source>There is no command to run in the terminal.</source>
        <translation>Il n’y a aucune commande à exécuter dans le terminal.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalEmulator.cpp" line="183"/>
        <source>The program to run in the terminal, &quot;%1&quot;, starts with &quot;-&quot;: a terminal would read it as one of its own options. Give the program&apos;s full path.</source>
        <translation>Le programme à exécuter dans le terminal, «&#xa0;%1&#xa0;», commence par «&#xa0;-&#xa0;»&#xa0;: un terminal le lirait comme une de ses propres options. Indiquez le chemin complet du programme.</translation>
    </message>
</context>
<context>
    <name>Wharf::TerminalSession</name>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="75"/>
        <source>This terminal session is already running.</source>
        <translation>Cette session de terminal est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="84"/>
        <source>%1 runs commands in a window process of its own, so Wharf cannot pass the secret this launch needs to it. Choose another terminal in the settings.</source>
        <translation>%1 exécute les commandes dans un processus de fenêtre à lui, donc Wharf ne peut pas lui transmettre le secret dont ce lancement a besoin. Choisissez un autre terminal dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="94"/>
        <source>Wharf runs as a Flatpak, so it cannot pass the registry password this launch needs to the terminal. Log in once on the host (for example with &quot;apptainer registry login&quot;), or install Wharf from its package.</source>
        <translation>Wharf s’exécute en Flatpak&#xa0;: il ne peut pas transmettre au terminal le mot de passe de registre dont ce lancement a besoin. Connectez-vous une fois sur l’hôte (par exemple avec «&#xa0;apptainer registry login&#xa0;»), ou installez Wharf depuis son paquet.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="107"/>
        <source>Cannot create a temporary folder for the terminal&apos;s report in &quot;%1&quot;.</source>
        <translation>Impossible de créer un dossier temporaire pour le rapport du terminal dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="162"/>
        <source>The terminal %1 could not be started. Install it, or choose another terminal in the settings.</source>
        <translation>Le terminal %1 n’a pas pu être démarré. Installez-le, ou choisissez un autre terminal dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="192"/>
        <source>The terminal %1 crashed before the command ran.</source>
        <translation>Le terminal %1 a planté avant que la commande s’exécute.</translation>
    </message>
    <message>
        <location filename="../core/launch/TerminalSession.cpp" line="193"/>
        <source>The terminal %1 ended with exit code %2 before the command ran. Is there a display (DISPLAY or WAYLAND_DISPLAY)? Otherwise choose another terminal in the settings.</source>
        <translation>Le terminal %1 s’est terminé avec le code de sortie %2 avant que la commande s’exécute. Y a-t-il un affichage (DISPLAY ou WAYLAND_DISPLAY)&#x202f;? Sinon, choisissez un autre terminal dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>Wharf::TroubleshootingPage</name>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="38"/>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="39"/>
        <source>Save Diagnostics Bundle…</source>
        <translation>Enregistrer le dossier de diagnostic…</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="40"/>
        <source>Start the Wizard…</source>
        <translation>Démarrer l’assistant…</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="41"/>
        <location filename="../app/TroubleshootingPage.cpp" line="52"/>
        <source>Run Checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="49"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="65"/>
        <source>Wharf checks this computer for what usually breaks containers with CVMFS: the engines, /cvmfs, FUSE, SELinux, Docker Desktop, Apptainer.</source>
        <translation>Wharf cherche sur cet ordinateur ce qui empêche habituellement les conteneurs de fonctionner avec CVMFS&#xa0;: les moteurs, /cvmfs, FUSE, SELinux, Docker Desktop, Apptainer.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="67"/>
        <source>Summary of the checks</source>
        <translation>Résumé des vérifications</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="69"/>
        <source>Copy the results as Markdown (secrets removed), to paste into a ticket</source>
        <translation>Copier les résultats en Markdown (sans les secrets), pour les coller dans un ticket</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="72"/>
        <source>Save the results, the engines, the settings and the recent log in one file to attach to a ticket; secrets are removed</source>
        <translation>Enregistrer les résultats, les moteurs, les paramètres et le journal récent dans un seul fichier à joindre à un ticket&#x202f;; les secrets sont retirés</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="76"/>
        <source>Say what goes wrong and run the checks that matter for it</source>
        <translation>Dire ce qui ne va pas et lancer les vérifications qui s’y rapportent</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="80"/>
        <source>Run every check again (F5)</source>
        <translation>Relancer toutes les vérifications (F5)</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="83"/>
        <source>Stop the checks that are still running (Esc)</source>
        <translation>Arrêter les vérifications encore en cours (Échap)</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="95"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="210"/>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="273"/>
        <source>%1: %2. Select one of its checks to see what it found and how to fix it.</source>
        <translation>%1&#xa0;: %2. Sélectionnez une de ses vérifications pour voir ce qu’elle a trouvé et comment y remédier.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="277"/>
        <source>Select a check to see what it found and how to fix it.</source>
        <translation>Sélectionnez une vérification pour voir ce qu’elle a trouvé et comment y remédier.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="310"/>
        <source>%1. Checked at %2.</source>
        <translation>%1. Vérifié à %2.</translation>
    </message>
    <message>
        <location filename="../app/TroubleshootingPage.cpp" line="313"/>
        <source>The checks are done</source>
        <translation>Les vérifications sont terminées</translation>
    </message>
</context>
<context>
    <name>Wharf::TroubleshootingWizard</name>
    <message>
        <location filename="../app/TroubleshootingWizard.cpp" line="24"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
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
        <translation>Utilisation&#xa0;: wharf unpacked list [--root DOSSIER]... [--filter TEXTE] [--json] [--timeout SECONDES]
                                  [--cvmfs-root DOSSIER] [--no-check]
              wharf unpacked recipe [--json] RÉFÉRENCE

list    Parcourt les racines d’unpacked.cern.ch (par défaut&#xa0;: les racines des
        paramètres, /cvmfs/unpacked.cern.ch) et affiche chaque nom publié, trié,
        un par ligne, avec des tabulations entre les colonnes&#xa0;:
          RÉFÉRENCE   l’image telle que les moteurs et les registres la nomment
                      (docker.io/...)
          CHEMIN      où elle se trouve (à donner à apptainer ou à wharf launch)
          SYNCHRO     sa dernière publication, ISO 8601, UTC
          EXÉCUTABLE  runnable, not-runnable (pas de .singularity.d), broken-link,
                      outside-root, unreadable ou unchecked (--no-check)
        Les noms qui ne sont pas de l’UTF-8 valide et les caractères de contrôle
        sont affichés sous la forme \xNN.
  --root DOSSIER    Une arborescence à parcourir au lieu des racines des
                    paramètres (répétable).
  --filter TEXTE    Seulement les noms dont le chemin contient chaque mot de
                    TEXTE, sans tenir compte de la casse&#xa0;: le champ de recherche
                    de la page unpacked.cern.ch.
  --json            Un tableau d’objets&#xa0;: reference, publicName, path, root,
                    target, imageId, synced, runnable (true, false ou null),
                    state, architectures, defaultArchitecture.
  --timeout SECONDES
                    Le temps qu’un dossier peut mettre à répondre (15 par
                    défaut). Un dossier plus lent est nommé sur la sortie
                    d’erreur standard et ignoré.
  --cvmfs-root DOSSIER
                    Où CVMFS est monté sur cet ordinateur (/cvmfs par défaut).
  --no-check        Ne pas vérifier si les images sont exécutables (sur CVMFS,
                    chaque image coûte un téléchargement de catalogue).
        Sort avec 1 quand un dossier n’a pas pu être lu (la liste est alors
        incomplète).

recipe  Affiche la ligne qui demande RÉFÉRENCE sur unpacked.cern.ch (elle va sous
        «&#xa0;input:&#xa0;» dans recipe.yaml du projet de synchronisation) et, sur la
        sortie d’erreur standard, où l’envoyer. RÉFÉRENCE peut finir par un tag
        générique («&#xa0;atlas/analysisbase:21.2.1*&#xa0;»).
        Sort avec 2 quand la référence ne peut pas être publiée.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="277"/>
        <source>wharf unpacked: say what to do: list or recipe.
</source>
        <translation>wharf unpacked&#xa0;: indiquez quoi faire&#xa0;: list ou recipe.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="279"/>
        <source>wharf unpacked: unknown command &quot;%1&quot;.
</source>
        <translation>wharf unpacked&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="294"/>
        <source>wharf unpacked list: %1 needs a value.
</source>
        <translation>wharf unpacked list&#xa0;: %1 attend une valeur.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="330"/>
        <source>wharf unpacked list: --timeout takes seconds between 0.1 and 3600, not &quot;%1&quot;.
</source>
        <translation>wharf unpacked list&#xa0;: --timeout prend un nombre de secondes entre 0.1 et 3600, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="337"/>
        <source>wharf unpacked list: unknown option &quot;%1&quot;.
</source>
        <translation>wharf unpacked list&#xa0;: option inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="373"/>
        <source>wharf unpacked list: stopped; nothing was printed.
</source>
        <translation>wharf unpacked list&#xa0;: arrêté&#x202f;; rien n’a été affiché.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="440"/>
        <source>wharf unpacked list: the list is incomplete: folders that could not be read: %1.
</source>
        <translation>wharf unpacked list&#xa0;: la liste est incomplète, dossiers qui n’ont pas pu être lus&#xa0;: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="445"/>
        <source>wharf unpacked list: no image matches &quot;%1&quot;.
</source>
        <translation>wharf unpacked list&#xa0;: aucune image ne correspond à «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="447"/>
        <source>wharf unpacked list: no image found under %1.
</source>
        <translation>wharf unpacked list&#xa0;: aucune image trouvée sous %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="524"/>
        <source>wharf unpacked list: the walk ended unexpectedly.
</source>
        <translation>wharf unpacked list&#xa0;: le parcours s’est terminé de façon inattendue.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="546"/>
        <source>wharf unpacked recipe: unknown option &quot;%1&quot;. An image reference does not start with &quot;-&quot;.
</source>
        <translation>wharf unpacked recipe&#xa0;: option inconnue «&#xa0;%1&#xa0;». Une référence d’image ne commence pas par «&#xa0;-&#xa0;».
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="556"/>
        <source>wharf unpacked recipe: name the image to publish, for example registry.hub.docker.com/library/centos:centos7.
</source>
        <translation>wharf unpacked recipe&#xa0;: nommez l’image à publier, par exemple registry.hub.docker.com/library/centos:centos7.
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="558"/>
        <source>wharf unpacked recipe: give one image reference (quote it if it holds spaces or a &quot;*&quot;).
</source>
        <translation>wharf unpacked recipe&#xa0;: indiquez une seule référence d’image (mettez-la entre guillemets si elle contient des espaces ou un «&#xa0;*&#xa0;»).
</translation>
    </message>
    <message>
        <location filename="../app/cli/UnpackedCommand.cpp" line="565"/>
        <source>wharf unpacked recipe: %1
</source>
        <translation>wharf unpacked recipe&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedDetailsPanel</name>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="26"/>
        <source>Select an image tag to see where it leads, when it was synced and its environment.</source>
        <translation>Sélectionnez un tag d’image pour voir où il mène, quand il a été synchronisé et son environnement.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="31"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="48"/>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="49"/>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="50"/>
        <source>Synced:</source>
        <translation>Synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="51"/>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="52"/>
        <source>Runnable:</source>
        <translation>Exécutable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="53"/>
        <source>Architectures:</source>
        <translation>Architectures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="54"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="63"/>
        <source>Image environment</source>
        <translation>Environnement de l’image</translation>
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
        <translation>La dernière publication de ce nom par unpacked.cern.ch&#xa0;: l’heure propre du lien, telle que ls -l l’affiche.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="188"/>
        <source>Reading the environment…</source>
        <translation>Lecture de l’environnement…</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="196"/>
        <source>The image sets no environment.</source>
        <translation>L’image ne définit aucun environnement.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="204"/>
        <source>The target does not exist: the link is broken.</source>
        <translation>La cible n’existe pas&#xa0;: le lien est cassé.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedDetailsPanel.cpp" line="205"/>
        <source>This image has no environment file (.singularity.d/env).</source>
        <translation>Cette image n’a pas de fichier d’environnement (.singularity.d/env).</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedDirectoryReader</name>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="101"/>
        <source>Cannot list &quot;%1&quot;: it is not a folder below %2.</source>
        <translation>Impossible de lister «&#xa0;%1&#xa0;»&#xa0;: ce n’est pas un dossier sous %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="261"/>
        <source>The name leads outside %1, so Wharf does not follow it.</source>
        <translation>Le nom mène hors de %1, donc Wharf ne le suit pas.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="272"/>
        <source>Broken link: %1 does not exist. The image may have been removed or be republished right now; look again in a few minutes.</source>
        <translation>Lien cassé&#xa0;: %1 n’existe pas. L’image a peut-être été supprimée ou est en cours de republication&#x202f;; regardez de nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="311"/>
        <source>The image has no environment file (.singularity.d/env/10-docker2singularity.sh).</source>
        <translation>L’image n’a pas de fichier d’environnement (.singularity.d/env/10-docker2singularity.sh).</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="328"/>
        <source>%1 is not a folder. Check the roots in the settings.</source>
        <translation>%1 n’est pas un dossier. Vérifiez les racines dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="332"/>
        <source>CVMFS is not installed on this computer: %1 does not exist. Install and configure the CVMFS client (see cvmfs.readthedocs.io), or choose another root folder.</source>
        <translation>CVMFS n’est pas installé sur cet ordinateur&#xa0;: %1 n’existe pas. Installez et configurez le client CVMFS (voir cvmfs.readthedocs.io), ou choisissez un autre dossier racine.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="340"/>
        <source>The CVMFS repository %1 is not mounted: %2 does not exist. Run &quot;cvmfs_config probe %1&quot; to mount it and see why it fails; the repository must be listed in CVMFS_REPOSITORIES (/etc/cvmfs/default.local) and autofs must be running.</source>
        <translation>Le dépôt CVMFS %1 n’est pas monté&#xa0;: %2 n’existe pas. Lancez «&#xa0;cvmfs_config probe %1&#xa0;» pour le monter et voir pourquoi cela échoue&#x202f;; le dépôt doit figurer dans CVMFS_REPOSITORIES (/etc/cvmfs/default.local) et autofs doit tourner.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="349"/>
        <source>The folder %1 does not exist. Check the roots in the settings.</source>
        <translation>Le dossier %1 n’existe pas. Vérifiez les racines dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="353"/>
        <source>The folder %1 is gone: the repository changed while Wharf was reading it. Refresh to read it again.</source>
        <translation>Le dossier %1 a disparu&#xa0;: le dépôt a changé pendant que Wharf le lisait. Actualisez pour le relire.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="360"/>
        <source>Permission denied reading %1. Check the folder&apos;s permissions, or ask the administrator of this computer for read access.</source>
        <translation>Permission refusée en lisant %1. Vérifiez les permissions du dossier, ou demandez un accès en lecture à l’administrateur de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="367"/>
        <source>The file system of %1 is no longer connected (its CVMFS client stopped or crashed). Run &quot;cvmfs_config probe %2&quot; to mount it again; if that fails, &quot;cvmfs_config chksetup&quot; says what is wrong.</source>
        <translation>Le système de fichiers de %1 n’est plus connecté (son client CVMFS s’est arrêté ou a planté). Lancez «&#xa0;cvmfs_config probe %2&#xa0;» pour le remonter&#x202f;; si cela échoue, «&#xa0;cvmfs_config chksetup&#xa0;» dit ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="376"/>
        <source>CVMFS could not fetch %1: the proxy or the Stratum 1 servers may be unreachable. &quot;cvmfs_config stat -v %2&quot; shows which servers it uses; try again when the network is back.</source>
        <translation>CVMFS n’a pas pu récupérer %1&#xa0;: le proxy ou les serveurs Stratum 1 sont peut-être injoignables. «&#xa0;cvmfs_config stat -v %2&#xa0;» montre quels serveurs il utilise&#x202f;; réessayez quand le réseau est revenu.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="383"/>
        <source>%1 is a link, not a folder; Wharf does not walk into links.</source>
        <translation>%1 est un lien, pas un dossier&#x202f;; Wharf ne parcourt pas les liens.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="386"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="394"/>
        <source>%1 is empty: the CVMFS repository is probably not mounted. Run &quot;cvmfs_config probe %2&quot; to mount it and see why it fails.</source>
        <translation>%1 est vide&#xa0;: le dépôt CVMFS n’est probablement pas monté. Lancez «&#xa0;cvmfs_config probe %2&#xa0;» pour le monter et voir pourquoi cela échoue.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedDirectoryReader.cpp" line="405"/>
        <source>%1 did not answer within %2 s. CVMFS may be waiting for a proxy or server that does not respond; Wharf goes on with the other folders. Check the network and &quot;cvmfs_config stat -v&quot;, then refresh.</source>
        <extracomment>%1 is a folder, %2 a number of seconds</extracomment>
        <translation>%1 n’a pas répondu en %2 s. CVMFS attend peut-être un proxy ou un serveur qui ne répond pas&#x202f;; Wharf continue avec les autres dossiers. Vérifiez le réseau et «&#xa0;cvmfs_config stat -v&#xa0;», puis actualisez.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedMissingRootWidget</name>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="35"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="63"/>
        <source>CVMFS is not mounted on this computer.</source>
        <translation>CVMFS n’est pas monté sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="64"/>
        <source>The unpacked.cern.ch folder cannot be read.</source>
        <translation>Le dossier unpacked.cern.ch ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedMissingRootWidget.cpp" line="72"/>
        <source>&lt;p&gt;Three ways to get it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Install the CVMFS client&lt;/b&gt; on this computer (it mounts /cvmfs for every program): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-quickstart.html&quot;&gt;quick start&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use the automounter container&lt;/b&gt; (Linux): a container mounts /cvmfs and shares it with the host and other containers: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;CVMFS in containers&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use an image that mounts CVMFS itself&lt;/b&gt; (needs /dev/fuse and extra privileges): &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;how&lt;/a&gt;; the Launch dialog offers it as “Mounted inside the container”.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Trois façons de l’obtenir&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Installer le client CVMFS&lt;/b&gt; sur cet ordinateur (il monte /cvmfs pour tous les programmes)&#xa0;: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-quickstart.html&quot;&gt;démarrage rapide&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utiliser le conteneur automounter&lt;/b&gt; (Linux)&#xa0;: un conteneur monte /cvmfs et le partage avec l’hôte et les autres conteneurs&#xa0;: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;CVMFS dans les conteneurs&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utiliser une image qui monte CVMFS elle-même&lt;/b&gt; (nécessite /dev/fuse et des privilèges supplémentaires)&#xa0;: &lt;a href=&quot;https://cvmfs.readthedocs.io/en/stable/cpt-containers.html&quot;&gt;comment faire&lt;/a&gt;&#x202f;; la boîte de dialogue Lancer la propose sous le nom «&#xa0;Monté dans le conteneur&#xa0;».&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedPage</name>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="76"/>
        <location filename="../app/UnpackedPage.cpp" line="132"/>
        <source>Scan Everything</source>
        <translation>Tout analyser</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="77"/>
        <source>Request…</source>
        <translation>Demander…</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="78"/>
        <location filename="../app/UnpackedPage.cpp" line="93"/>
        <source>Launch with Apptainer…</source>
        <translation>Lancer avec Apptainer…</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="97"/>
        <source>Open a shell in the selected image with Apptainer, straight from CVMFS (Ctrl+L)</source>
        <translation>Ouvrir un shell dans l’image sélectionnée avec Apptainer, directement depuis CVMFS (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="100"/>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="104"/>
        <source>Copy the path under /cvmfs, for apptainer shell or singularity exec (Ctrl+C)</source>
        <translation>Copier le chemin sous /cvmfs, pour apptainer shell ou singularity exec (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="107"/>
        <source>Copy Recipe Line</source>
        <translation>Copier la ligne de recette</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="109"/>
        <source>Copy the line of recipe.yaml that publishes this image</source>
        <translation>Copier la ligne de recipe.yaml qui publie cette image</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="112"/>
        <source>Request on unpacked.cern.ch…</source>
        <translation>Demander sur unpacked.cern.ch…</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="114"/>
        <source>Ask for an image to be published on unpacked.cern.ch</source>
        <translation>Demander la publication d’une image sur unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="117"/>
        <location filename="../app/UnpackedPage.cpp" line="472"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="121"/>
        <source>Read the open folders again (F5)</source>
        <translation>Relire les dossiers ouverts (F5)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="124"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="134"/>
        <source>Read every folder in the background, so that the filter searches all images; the result is kept for the next start</source>
        <translation>Lire tous les dossiers en arrière-plan, pour que le filtre cherche dans toutes les images&#x202f;; le résultat est gardé pour le prochain démarrage</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="138"/>
        <source>Show Details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="154"/>
        <source>Filter by image, tag or path (Ctrl+F)</source>
        <translation>Filtrer par image, tag ou chemin (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="156"/>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="195"/>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="198"/>
        <source>Stop the scan; what was read so far stays</source>
        <translation>Arrêter l’analyse&#x202f;; ce qui a été lu jusqu’ici reste</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="217"/>
        <source>Images on unpacked.cern.ch</source>
        <translation>Images sur unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="230"/>
        <source>Runnable</source>
        <translation>Exécutable</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="470"/>
        <source>More folders could not be read</source>
        <translation>D’autres dossiers n’ont pas pu être lus</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="471"/>
        <source>The latest: %1</source>
        <translation>En dernier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="475"/>
        <source>%1 did not answer</source>
        <translation>%1 n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="476"/>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="483"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="499"/>
        <source>%p% · %n tags</source>
        <translation>
            <numerusform>%p% · %n tag</numerusform>
            <numerusform>%p% · %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="512"/>
        <source>Scan cancelled: %n tags read so far.</source>
        <translation>
            <numerusform>Analyse annulée&#xa0;: %n tag lu jusqu’ici.</numerusform>
            <numerusform>Analyse annulée&#xa0;: %n tags lus jusqu’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="518"/>
        <source>Scan finished with %n tags in %1 s; %2 folders could not be read.</source>
        <extracomment>%2 is a duration in seconds</extracomment>
        <translation>
            <numerusform>Analyse terminée avec %n tag en %1 s&#x202f;; %2 dossiers n’ont pas pu être lus.</numerusform>
            <numerusform>Analyse terminée avec %n tags en %1 s&#x202f;; %2 dossiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="521"/>
        <source>Scan finished: %n tags in %1 s.</source>
        <translation>
            <numerusform>Analyse terminée&#xa0;: %n tag en %1 s.</numerusform>
            <numerusform>Analyse terminée&#xa0;: %n tags en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="625"/>
        <source>Select an image tag to open a shell in it with Apptainer (Ctrl+L)</source>
        <translation>Sélectionnez un tag d’image pour y ouvrir un shell avec Apptainer (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="627"/>
        <source>This name does not lead to an image Apptainer can run (see Runnable)</source>
        <translation>Ce nom ne mène pas à une image qu’Apptainer peut lancer (voir Exécutable)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="669"/>
        <source>%n matching tags</source>
        <translation>
            <numerusform>%n tag correspondant</numerusform>
            <numerusform>%n tags correspondants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="669"/>
        <source>1 matching tag</source>
        <translation>1 tag correspondant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="670"/>
        <source>of %n read so far</source>
        <translation>
            <numerusform>sur %n lu jusqu’ici</numerusform>
            <numerusform>sur %n lus jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="672"/>
        <source>%n tags read</source>
        <translation>
            <numerusform>%n tag lu</numerusform>
            <numerusform>%n tags lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="672"/>
        <source>1 tag read</source>
        <translation>1 tag lu</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="682"/>
        <source>grey rows are from the saved scan of %1 (%2) until read again</source>
        <extracomment>%1 relative (&quot;2 days ago&quot;), %2 exact time</extracomment>
        <translation>les lignes grises viennent de l’analyse enregistrée %1 (%2) jusqu’à ce qu’elles soient relues</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="688"/>
        <source>scanning: %n folders read</source>
        <translation>
            <numerusform>analyse en cours&#xa0;: %n dossier lu</numerusform>
            <numerusform>analyse en cours&#xa0;: %n dossiers lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="690"/>
        <source>the filter searches what has been read: Scan Everything to search all</source>
        <translation>le filtre cherche dans ce qui a été lu&#xa0;: «&#xa0;Tout analyser&#xa0;» pour chercher partout</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="738"/>
        <source>Read This Folder Again</source>
        <translation>Relire ce dossier</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="759"/>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/UnpackedPage.cpp" line="760"/>
        <source>Copied %n paths</source>
        <translation>
            <numerusform>%n chemin copié</numerusform>
            <numerusform>%n chemins copiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="769"/>
        <source>Copied the recipe line: %1</source>
        <translation>Ligne de recette copiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedPage.cpp" line="832"/>
        <source>engine</source>
        <translation>moteur</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedRecipe</name>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="32"/>
        <source>“%1” cannot be requested on unpacked.cern.ch: %2.</source>
        <extracomment>%1 is the reference as typed, %2 why it cannot be published.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être demandé sur unpacked.cern.ch&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="88"/>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="104"/>
        <source>%1 is this computer, not a public registry</source>
        <translation>%1 est cet ordinateur, pas un registre public</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="91"/>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="98"/>
        <source>%1 is a private or local network address, which the publisher cannot reach; only public registries can be published</source>
        <translation>%1 est une adresse de réseau privé ou local, que l’outil de publication ne peut pas joindre&#x202f;; seuls les registres publics peuvent être publiés</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="106"/>
        <source>the registry host “%1” has no domain, so it can only be a local or private one; only public registries can be published</source>
        <translation>l’hôte de registre «&#xa0;%1&#xa0;» n’a pas de domaine, il ne peut donc être que local ou privé&#x202f;; seuls les registres publics peuvent être publiés</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="113"/>
        <source>the registry host “%1” ends in “.%2”, a private or reserved name; only public registries can be published</source>
        <translation>l’hôte de registre «&#xa0;%1&#xa0;» se termine par «&#xa0;.%2&#xa0;», un nom privé ou réservé&#x202f;; seuls les registres publics peuvent être publiés</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="127"/>
        <source>Type the image to publish, for example registry.hub.docker.com/library/centos:centos7.</source>
        <translation>Tapez l’image à publier, par exemple registry.hub.docker.com/library/centos:centos7.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="131"/>
        <source>it is %1 characters long; a reference has at most a few hundred</source>
        <translation>elle fait %1 caractères&#x202f;; une référence en a au plus quelques centaines</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="135"/>
        <source>%1 at position %2 is not allowed in an image reference</source>
        <translation>%1 à la position %2 n’est pas permis dans une référence d’image</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="142"/>
        <source>the publisher pulls over HTTPS only, so a registry reached by plain http:// cannot be published</source>
        <translation>l’outil de publication ne télécharge que par HTTPS, donc un registre joint en http:// simple ne peut pas être publié</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="146"/>
        <source>“%1://” is not a registry address; write the reference without it</source>
        <translation>«&#xa0;%1://&#xa0;» n’est pas une adresse de registre&#x202f;; écrivez la référence sans cela</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="156"/>
        <source>a tag with “*” matches several images, so it cannot be combined with a digest</source>
        <translation>un tag avec «&#xa0;*&#xa0;» correspond à plusieurs images, il ne peut donc pas être combiné avec une empreinte</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="159"/>
        <source>“*” can only stand in the tag, as in “image:*” or “image:1.2*”</source>
        <translation>«&#xa0;*&#xa0;» ne peut figurer que dans le tag, comme dans «&#xa0;image:*&#xa0;» ou «&#xa0;image:1.2*&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="162"/>
        <source>“*” must end the tag: “*” requests every tag, “21.2.1*” every tag that starts with 21.2.1</source>
        <translation>«&#xa0;*&#xa0;» doit terminer le tag&#xa0;: «&#xa0;*&#xa0;» demande tous les tags, «&#xa0;21.2.1*&#xa0;» tous les tags qui commencent par 21.2.1</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="167"/>
        <source>the tag is longer than %1 characters</source>
        <translation>le tag dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="170"/>
        <source>%1 cannot be in a tag, which may contain letters, digits, “_”, and “.” or “-” after the first character</source>
        <translation>%1 ne peut pas figurer dans un tag, qui peut contenir des lettres, des chiffres, «&#xa0;_&#xa0;», et «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;» après le premier caractère</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="193"/>
        <source>Docker Hub is written registry.hub.docker.com in the recipe, as the names already under /cvmfs/unpacked.cern.ch are.</source>
        <translation>Docker Hub s’écrit registry.hub.docker.com dans la recette, comme les noms déjà présents sous /cvmfs/unpacked.cern.ch.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="199"/>
        <source>No tag was given: “latest” was added. Name the tag you need, as “latest” changes whenever the image is pushed again.</source>
        <translation>Aucun tag n’a été indiqué&#xa0;: «&#xa0;latest&#xa0;» a été ajouté. Nommez le tag dont vous avez besoin, car «&#xa0;latest&#xa0;» change chaque fois que l’image est poussée de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="203"/>
        <source>“*” publishes every tag of the repository, each under its own name. Prefer a prefix (“1.2*”) for repositories with many tags.</source>
        <translation>«&#xa0;*&#xa0;» publie tous les tags du dépôt, chacun sous son propre nom. Préférez un préfixe («&#xa0;1.2*&#xa0;») pour les dépôts qui ont beaucoup de tags.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="206"/>
        <source>Every tag that starts with “%1” is published, each under its own name.</source>
        <translation>Chaque tag qui commence par «&#xa0;%1&#xa0;» est publié, chacun sous son propre nom.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="210"/>
        <source>A digest without a tag is published as %1.</source>
        <translation>Une empreinte sans tag est publiée sous %1.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedRecipe.cpp" line="247"/>
        <source>Add the line under “input:” in recipe.yaml of the sync project and open a merge request: on CERN GitLab, %1 (CERN account), or on GitHub, %2. Only public images can be published: the publisher pulls without logging in. About 15 minutes after the merge request is accepted the image appears as %3, and tags pushed again are synced again automatically.</source>
        <extracomment>%1 and %2 are web addresses, %3 a path under /cvmfs</extracomment>
        <translation>Ajoutez la ligne sous «&#xa0;input:&#xa0;» dans le recipe.yaml du projet de synchronisation et ouvrez une demande de fusion&#xa0;: sur le GitLab du CERN, %1 (compte CERN), ou sur GitHub, %2. Seules les images publiques peuvent être publiées&#xa0;: l’outil de publication télécharge sans se connecter. Environ 15 minutes après l’acceptation de la demande de fusion, l’image apparaît sous %3, et les tags poussés de nouveau sont resynchronisés automatiquement.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedRequestDialog</name>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="28"/>
        <location filename="../app/UnpackedRequestDialog.cpp" line="66"/>
        <location filename="../app/UnpackedRequestDialog.cpp" line="128"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="32"/>
        <source>Request on unpacked.cern.ch</source>
        <translation>Demander sur unpacked.cern.ch</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="34"/>
        <source>unpacked.cern.ch publishes public container images unpacked on CVMFS, so that Apptainer starts them in seconds. Name the image to publish; “*” at the end of the tag asks for every tag that starts with what comes before it.</source>
        <translation>unpacked.cern.ch publie des images de conteneurs publiques décompressées sur CVMFS, pour qu’Apptainer les démarre en quelques secondes. Nommez l’image à publier&#x202f;; «&#xa0;*&#xa0;» à la fin du tag demande tous les tags qui commencent par ce qui le précède.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="42"/>
        <source>Image reference</source>
        <translation>Référence de l’image</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="58"/>
        <source>Line for recipe.yaml</source>
        <translation>Ligne pour recipe.yaml</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="59"/>
        <source>(appears when the image can be requested)</source>
        <translation>(apparaît quand l’image peut être demandée)</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="62"/>
        <source>Copy the line to the clipboard</source>
        <translation>Copier la ligne dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="79"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="80"/>
        <source>recipe.yaml:</source>
        <translation>recipe.yaml&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="81"/>
        <source>Will appear as:</source>
        <translation>Apparaîtra sous le nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Where to send it.&lt;/b&gt; Add the line under &lt;code&gt;input:&lt;/code&gt; in &lt;code&gt;recipe.yaml&lt;/code&gt; and open a merge request, either on CERN GitLab, %1 (CERN account), or on GitHub, %2.&lt;/p&gt;&lt;p&gt;Only public images can be published: the publisher pulls without logging in. About 15 minutes after the merge request is accepted the image appears on CVMFS, and tags pushed again are synced again automatically.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are links to the projects that hold recipe.yaml</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Où l’envoyer.&lt;/b&gt; Ajoutez la ligne sous &lt;code&gt;input:&lt;/code&gt; dans &lt;code&gt;recipe.yaml&lt;/code&gt; et ouvrez une demande de fusion (merge request), soit sur le GitLab du CERN, %1 (compte CERN), soit sur GitHub, %2.&lt;/p&gt;&lt;p&gt;Seules les images publiques peuvent être publiées&#xa0;: le service de publication télécharge sans se connecter. Environ 15 minutes après l’acceptation de la demande de fusion, l’image apparaît sur CVMFS, et les tags poussés de nouveau sont resynchronisés automatiquement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="133"/>
        <source>Type the image as you would pull it, for example registry.hub.docker.com/library/centos:centos7.</source>
        <translation>Saisissez l’image comme vous la téléchargeriez, par exemple registry.hub.docker.com/library/centos:centos7.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="156"/>
        <source>This image can be requested.</source>
        <translation>Cette image peut être demandée.</translation>
    </message>
    <message>
        <location filename="../app/UnpackedRequestDialog.cpp" line="168"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedScanCache</name>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="213"/>
        <source>The saved scan %1 could not be used (%2) and was removed; scan again.</source>
        <translation>L’analyse enregistrée %1 n’a pas pu être utilisée (%2) et a été supprimée&#x202f;; relancez l’analyse.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="240"/>
        <source>Cannot save the scan: the root folder name is empty or too long.</source>
        <translation>Impossible d’enregistrer l’analyse&#xa0;: le nom du dossier racine est vide ou trop long.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="285"/>
        <source>Cannot save the scan of %1: it is too large.</source>
        <translation>Impossible d’enregistrer l’analyse de %1&#xa0;: elle est trop grande.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="298"/>
        <source>No saved scan of %1 yet.</source>
        <translation>Pas encore d’analyse enregistrée de %1.</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedScanCache.cpp" line="303"/>
        <source>Cannot read the saved scan &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire l’analyse enregistrée «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedScanner</name>
    <message>
        <location filename="../core/unpacked/UnpackedScanner.cpp" line="532"/>
        <source>%1 was not read: %2 other folders have not answered, so the file system seems to hang (CVMFS waiting for a proxy or server?). Wharf tries again when they answer; check the network and &quot;cvmfs_config stat -v&quot;.</source>
        <translation>%1 n’a pas été lu&#xa0;: %2 autres dossiers n’ont pas répondu, le système de fichiers semble donc bloqué (CVMFS attend un proxy ou un serveur&#x202f;?). Wharf réessaie quand ils répondent&#x202f;; vérifiez le réseau et «&#xa0;cvmfs_config stat -v&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedTreeModel</name>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="75"/>
        <source>%n image</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="75"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="80"/>
        <source>%n folder</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="80"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="271"/>
        <source>(no tag)</source>
        <extracomment>A public name without &quot;:tag&quot;, e.g. &quot;cmssw/el8&quot;</extracomment>
        <translation>(pas de tag)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1113"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1116"/>
        <source>Synced</source>
        <extracomment>When the image was last published (synchronised) on CVMFS</extracomment>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1118"/>
        <source>Runnable</source>
        <translation>Exécutable</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1120"/>
        <source>Architectures</source>
        <translation>Architectures</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1122"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1124"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1126"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1164"/>
        <source>No: leads outside the repository</source>
        <translation>Non&#xa0;: mène hors du dépôt</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1167"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1169"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1171"/>
        <source>No: no .singularity.d</source>
        <translation>Non&#xa0;: pas de .singularity.d</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1173"/>
        <source>Broken link</source>
        <translation>Lien cassé</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1175"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1187"/>
        <source>Loading… (showing the saved scan)</source>
        <translation>Chargement… (affichage de l’analyse enregistrée)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1188"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1190"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1195"/>
        <source>An image unpacked here, without a tag</source>
        <translation>Une image décompressée ici, sans tag</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1208"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1213"/>
        <source>saved scan of %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>analyse enregistrée du %1</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1213"/>
        <source>saved scan</source>
        <translation>analyse enregistrée</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1223"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1235"/>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1239"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1255"/>
        <source>%n tag</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1255"/>
        <source>%n tags</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1259"/>
        <source>The name is not valid UTF-8; it is shown escaped</source>
        <translation>Le nom n’est pas de l’UTF-8 valide&#x202f;; il est affiché échappé</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1261"/>
        <source>The link leads outside the repository</source>
        <translation>Le lien mène hors du dépôt</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1263"/>
        <source>Broken link: the target does not exist</source>
        <translation>Lien cassé&#xa0;: la cible n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1265"/>
        <source>From the saved scan</source>
        <translation>Depuis l’analyse enregistrée</translation>
    </message>
    <message>
        <location filename="../core/unpacked/UnpackedTreeModel.cpp" line="1290"/>
        <source>The link was last changed (the image last synced) at %1.</source>
        <translation>Le lien a été modifié pour la dernière fois (l’image synchronisée pour la dernière fois) le %1.</translation>
    </message>
</context>
<context>
    <name>Wharf::UnpackedViewModel</name>
    <message>
        <location filename="../app/UnpackedViewModel.cpp" line="81"/>
        <source>Synced %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/UnpackedViewModel.cpp" line="88"/>
        <source>Also in: %1</source>
        <extracomment>%1: where else the image is, e.g. &quot;engine&quot;</extracomment>
        <translation>Aussi dans&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wharf::WharfSettings</name>
    <message>
        <location filename="../app/WharfSettings.cpp" line="203"/>
        <source>&quot;%1&quot; is not a CVMFS repository name such as cms.cern.ch.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dépôt CVMFS comme cms.cern.ch.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="223"/>
        <source>The folder</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="227"/>
        <source>%1 cannot be &quot;/&quot;.</source>
        <translation>%1 ne peut pas être «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="231"/>
        <source>%1 contains a control character (such as a line break). Type the path again.</source>
        <translation>%1 contient un caractère de contrôle (comme un saut de ligne). Saisissez de nouveau le chemin.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="233"/>
        <source>%1 is longer than any path this computer allows.</source>
        <translation>%1 est plus long que tout chemin permis sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="244"/>
        <source>&quot;%1&quot; is not a proxy address. Write it as http://host:port (or socks5://host:port), or leave it empty to use the system&apos;s proxy.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de proxy. Écrivez-la sous la forme http://host:port (ou socks5://host:port), ou laissez le champ vide pour utiliser le proxy du système.</translation>
    </message>
    <message>
        <location filename="../app/WharfSettings.cpp" line="250"/>
        <source>The proxy address must not hold a password: settings are not a safe place for it.</source>
        <translation>L’adresse du proxy ne doit pas contenir de mot de passe&#xa0;: les paramètres ne sont pas un endroit sûr pour le garder.</translation>
    </message>
</context>
</TS>
