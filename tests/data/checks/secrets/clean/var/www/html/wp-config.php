<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
